package org.liaison.meetings.directory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * orgs-service's public API, for the one case the directory cannot answer yet. The caller's own token is
 * passed on ({@code org.eclipse.microprofile.rest.client.propagateHeaders}), so orgs-service applies the
 * same rules to the look-up as to the caller.
 */
@RegisterRestClient(configKey = "orgs")
@RegisterClientHeaders
@Path("/organizations")
public interface OrgsClient {

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") UUID id);
}
