package org.liaison.recommendations.set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.recommendations.common.Years;
import org.liaison.recommendations.directory.References;
import org.liaison.recommendations.recommendation.RecommendationRequests;
import org.liaison.recommendations.recommendation.RecommendationResource;
import org.liaison.recommendations.recommendation.RecommendationService;
import org.liaison.recommendations.recommendation.RecommendationView;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.http.QueryParams;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Path("/recommendation-sets")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SetResource {

    private final SetService service;
    private final RecommendationService recommendations;
    private final IdempotentCreate idempotentCreate;
    private final References references;

    public SetResource(SetService service, RecommendationService recommendations, IdempotentCreate idempotentCreate,
                       References references) {
        this.service = service;
        this.recommendations = recommendations;
        this.idempotentCreate = idempotentCreate;
        this.references = references;
    }

    /** A set as adopted, with its recommendations inline if given: all stored, or nothing. */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response adopt(@Valid @NotNull SetRequests.Create request,
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        List<UUID> organizations = new ArrayList<>(List.of(request.issuingOrganizationId()));
        if (request.recommendations() != null) {
            request.recommendations().forEach(r -> organizations.addAll(organizationsOf(r)));
        }
        service.requireMayAdopt(request.issuingOrganizationId());
        references.awaitKnown(organizations,
                request.adoptingMeetingId() == null ? List.of() : List.of(request.adoptingMeetingId()));
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            SetView created = service.adopt(request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(ETags.of(created.version())).entity(created).build();
        });
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        SetView set = service.get(id);
        return Response.ok(set).tag(ETags.of(set.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull SetRequests.Update request) {
        List<UUID> organizations = new ArrayList<>();
        organizations.add(request.issuingOrganizationId());
        service.requireMayChange(id);
        references.awaitKnown(organizations,
                request.adoptingMeetingId() == null ? List.of() : List.of(request.adoptingMeetingId()));
        SetView set = service.update(id, ifMatch, request);
        return Response.ok(set).tag(ETags.of(set.version())).build();
    }

    /** @param organizationId the issuing organisation */
    @GET
    public Page<SetView> list(@QueryParam(PageLimit.PARAM) String limit, @QueryParam(KeysetCursor.PARAM) String cursor,
                              @QueryParam("organizationId") String organizationId, @QueryParam("year") String year) {
        return service.list(PageLimit.parse(limit), cursor, QueryParams.uuid("organizationId", organizationId),
                Years.param("year", year));
    }

    /** One more recommendation in the set; its number must be free in the set (409). */
    @POST
    @Path("/{id}/recommendations")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response add(@PathParam("id") UUID id, @Valid @NotNull RecommendationRequests.Create request,
                        @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        service.requireMayChange(id);
        references.awaitKnown(organizationsOf(request), List.of());
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            RecommendationView created = recommendations.addToSet(id, request);
            return Response.created(uri.getBaseUriBuilder().path(RecommendationResource.class)
                            .path(created.id().toString()).build())
                    .tag(ETags.of(created.version())).entity(created).build();
        });
    }

    private static List<UUID> organizationsOf(RecommendationRequests.Create r) {
        List<UUID> ids = new ArrayList<>();
        ids.add(r.leadOfficeId());
        if (r.supportingOrganizationIds() != null) {
            ids.addAll(r.supportingOrganizationIds());
        }
        return ids;
    }
}
