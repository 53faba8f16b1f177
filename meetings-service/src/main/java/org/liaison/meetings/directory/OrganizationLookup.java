package org.liaison.meetings.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.liaison.contracts.EventJson;
import org.liaison.contracts.OrganizationState;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds an organisation named by a request. The local directory answers almost always; an organisation
 * registered a moment ago may not have reached it yet, so a miss asks orgs-service itself and records the
 * answer in the directory (the event that follows is then an idempotent no-op).
 */
@ApplicationScoped
public class OrganizationLookup {

    private static final Logger LOG = Logger.getLogger(OrganizationLookup.class);

    private final OrganizationDirectory directory;
    private final OrgsClient orgs;
    private final MeterRegistry registry;

    public OrganizationLookup(OrganizationDirectory directory, @RestClient OrgsClient orgs, MeterRegistry registry) {
        this.directory = directory;
        this.orgs = orgs;
        this.registry = registry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OrganizationState> find(UUID id) {
        Optional<OrganizationState> local = directory.find(id);
        if (local.isPresent()) {
            return local;
        }
        registry.counter("liaison.directory.fallback.lookups").increment();
        Optional<OrganizationState> remote = askOrgsService(id);
        remote.ifPresent(directory::apply);
        return remote;
    }

    private Optional<OrganizationState> askOrgsService(UUID id) {
        try (Response response = orgs.get(id)) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            if (response.getStatus() != 200) {
                throw unavailable("orgs-service answered " + response.getStatus());
            }
            return Optional.of(EventJson.mapper().readValue(response.readEntity(String.class), OrganizationState.class));
        } catch (WebApplicationException e) {
            // The REST client raises HTTP errors as exceptions, a 404 included.
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw unavailable("orgs-service answered " + e.getResponse().getStatus());
        } catch (ProcessingException | JsonProcessingException e) {
            LOG.warnf("Fallback look-up of organisation %s failed: %s", id, e.toString());
            throw unavailable("orgs-service could not be asked");
        }
    }

    /** Not the client's fault: the organisation cannot be checked right now. */
    private static ProblemException unavailable(String why) {
        return new ProblemException(503, "Service Unavailable",
                "the organisation is not known here yet and " + why + "; retry shortly", List.of(), Map.of());
    }
}
