package org.liaison.meetings.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
    private final OrgsApi orgs;
    private final MeterRegistry registry;

    public OrganizationLookup(OrganizationDirectory directory, @RestClient OrgsApi orgs, MeterRegistry registry) {
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
        try (Response response = orgs.organization(id)) {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            // A merged organisation answers 307 towards its winner, with its own record (mergedInto set) as the
            // body: that record is the answer, the redirect is not followed.
            if (response.getStatus() != 200 && response.getStatus() != 307) {
                throw unavailable("orgs-service answered " + response.getStatus());
            }
            return Optional.of(read(id, EventJson.mapper().readTree(response.readEntity(String.class))));
        } catch (WebApplicationException e) {
            // The REST client raises HTTP errors as exceptions, a 404 included.
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw unavailable("orgs-service answered " + e.getResponse().getStatus());
        } catch (ProcessingException | JsonProcessingException | IllegalArgumentException e) {
            LOG.warnf("Fallback look-up of organisation %s failed: %s", id, e.toString());
            throw unavailable("orgs-service could not be asked");
        }
    }

    /**
     * Takes from orgs-service's view of an organisation only what the directory keeps, so that the view may
     * gain or reshape other fields without breaking this look-up.
     */
    private static OrganizationState read(UUID id, JsonNode view) {
        if (!id.toString().equals(view.path("id").asText()) || !view.path("version").canConvertToLong()
                || !view.path("kind").isTextual() || !view.path("nameAr").isTextual()) {
            throw new IllegalArgumentException("orgs-service's answer is not organisation " + id);
        }
        long version = view.path("version").asLong();
        JsonNode mergedInto = view.path("mergedInto");
        JsonNode parentId = view.path("parentId");
        // The parent too, which the directory keeps for unit filters: the event of this version will not rewrite it.
        return new OrganizationState(id, version, view.path("kind").asText(), view.path("nameAr").asText(),
                view.path("nameEn").isTextual() ? view.path("nameEn").asText() : null, List.of(), List.of(),
                parentId.isTextual() ? UUID.fromString(parentId.asText()) : null, null, null, null, List.of(),
                List.of(), List.of(), null, null, true, List.of(), List.of(), List.of(),
                mergedInto.isTextual() ? UUID.fromString(mergedInto.asText()) : null);
    }

    /** Not the client's fault: the organisation cannot be checked right now. */
    private static ProblemException unavailable(String why) {
        return ProblemException.serviceUnavailable(
                "the organisation is not known here yet and " + why + "; retry shortly");
    }
}
