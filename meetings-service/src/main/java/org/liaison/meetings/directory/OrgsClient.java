package org.liaison.meetings.directory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** orgs-service's public API, for the one case the directory cannot answer yet. */
@RegisterRestClient(configKey = "orgs")
@Path("/organizations")
public interface OrgsClient {

    @GET
    @Path("/{id}")
    Response get(@PathParam("id") UUID id);
}
