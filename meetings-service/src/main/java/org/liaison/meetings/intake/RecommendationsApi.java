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

/** recommendations-service's sets, for an accepted article's numbered recommendations, with the editor's token. */
@RegisterRestClient(configKey = "recommendations")
@RegisterClientHeaders
@Path("/recommendation-sets")
public interface RecommendationsApi {

    @POST
    Response create(JsonNode set);

    @GET
    Response find(@QueryParam("organizationId") UUID issuer, @QueryParam("year") Integer year);
}
