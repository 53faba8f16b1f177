package org.liaison.meetings.directory;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * The part of orgs-service's public API meetings-service calls: an organisation the directory has not received yet
 * ({@code OrganizationLookup}), and article intake's name matching and registrations. The caller's own token is
 * passed on ({@code org.eclipse.microprofile.rest.client.propagateHeaders}), so orgs-service applies its rules to
 * the caller.
 */
@RegisterRestClient(configKey = "orgs")
@RegisterClientHeaders
@Path("/")
public interface OrgsApi {

    @GET
    @Path("organizations/{id}")
    Response organization(@PathParam("id") UUID id);

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
