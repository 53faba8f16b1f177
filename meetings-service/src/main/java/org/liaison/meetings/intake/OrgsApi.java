package org.liaison.meetings.intake;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * The part of orgs-service's public API article intake uses: matching names, registering what a reviewer accepts.
 * The editor's own token is passed on, so orgs-service applies its rules to the editor.
 */
@RegisterRestClient(configKey = "orgs")
@RegisterClientHeaders
@Path("/")
public interface OrgsApi {

    @POST
    @Path("name-matches")
    Response nameMatches(JsonNode keys);

    @POST
    @Path("organizations")
    Response registerOrganization(JsonNode organization);

    @POST
    @Path("people")
    Response registerPerson(JsonNode person);

    @POST
    @Path("memberships")
    Response startMembership(JsonNode membership);

    @GET
    @Path("memberships")
    Response memberships(@QueryParam("personId") UUID personId, @QueryParam("organizationId") UUID organizationId,
                         @QueryParam("current") Boolean current);
}
