package org.liaison.recommendations.recommendation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaison.recommendations.common.Limits;
import org.liaison.recommendations.common.Years;
import org.liaison.recommendations.directory.References;
import org.liaison.recommendations.instruments.InstrumentCheck;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.http.QueryParams;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/recommendations")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecommendationResource {

    private final RecommendationService service;
    private final RecommendationList list;
    private final References references;
    private final InstrumentCheck instruments;

    public RecommendationResource(RecommendationService service, RecommendationList list, References references,
                                  InstrumentCheck instruments) {
        this.instruments = instruments;
        this.service = service;
        this.list = list;
        this.references = references;
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        RecommendationView recommendation = service.get(id);
        return Response.ok(recommendation).tag(ETags.of(recommendation.version())).build();
    }

    /**
     * Corrects the text, number or references; the status changes through {@code POST /recommendations/{id}/status}.
     */
    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull RecommendationRequests.Update request) {
        List<UUID> organizations = new ArrayList<>();
        organizations.add(request.leadOfficeId());
        if (request.supportingOrganizationIds() != null) {
            organizations.addAll(request.supportingOrganizationIds());
        }
        service.requireMayChange(id);
        references.awaitKnown(organizations, List.of());
        RecommendationView recommendation = service.update(id, ifMatch, request);
        return Response.ok(recommendation).tag(ETags.of(recommendation.version())).build();
    }

    /**
     * @param organizationId the issuing organisation or the lead office
     * @param status         the current status
     * @param instrument     an instrument as written («القرار 2254») or its id (unsc-2254)
     */
    @GET
    public Page<RecommendationView> list(@QueryParam(PageLimit.PARAM) String limit,
                                         @QueryParam(KeysetCursor.PARAM) String cursor,
                                         @QueryParam("organizationId") String organizationId,
                                         @QueryParam("setId") String setId,
                                         @QueryParam("year") String year,
                                         @QueryParam("theme") @Size(max = Limits.SHORT_TEXT_MAX) String theme,
                                         @QueryParam("status") String status,
                                         @QueryParam("instrument") @Size(max = Limits.SHORT_TEXT_MAX) String instrument,
                                         @QueryParam("q") @Size(max = Limits.SHORT_TEXT_MAX) String q) {
        String instrumentId = null;
        if (instrument != null && !instrument.isBlank()) {
            instrumentId = instruments.idOf(instrument).orElseThrow(() -> ProblemException.badRequest("instrument",
                    "«" + instrument + "» names no known international instrument"));
        }
        return list.list(PageLimit.parse(limit), cursor, new RecommendationFilter(
                QueryParams.uuid("organizationId", organizationId), Years.param("year", year),
                theme == null || theme.isBlank() ? null : theme.strip(),
                QueryParams.code(RecommendationStatus.class, "status", status), instrumentId,
                QueryParams.uuid("setId", setId), q == null || q.isBlank() ? null : q));
    }
}
