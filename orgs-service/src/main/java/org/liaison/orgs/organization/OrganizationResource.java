package org.liaison.orgs.organization;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.contracts.OrganizationKind;
import org.liaison.orgs.common.Limits;
import org.liaison.orgs.common.SimilarNames;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.http.QueryParams;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

import java.util.List;
import java.util.UUID;

@Path("/organizations")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;
    private final IdempotentCreate idempotentCreate;
    private final SimilarOrganizations similar;

    public OrganizationResource(OrganizationService service, IdempotentCreate idempotentCreate,
            SimilarOrganizations similar) {
        this.service = service;
        this.idempotentCreate = idempotentCreate;
        this.similar = similar;
    }

    /** With an {@code Idempotency-Key}, a retried request gets the first answer instead of a second record. */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response register(@Valid @NotNull OrganizationRequests.Register request,
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            OrganizationView created = service.register(request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(ETags.of(created.version())).entity(created).build();
        });
    }

    /** A merged organisation answers 307 to the one it was merged into, with its own record as the body. */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id, UriInfo uri) {
        OrganizationView organization = service.get(id);
        Response.ResponseBuilder response = organization.mergedInto() == null ? Response.ok(organization)
                : Response.temporaryRedirect(uri.getBaseUriBuilder().path(OrganizationResource.class)
                .path(organization.mergedInto().toString()).build()).entity(organization);
        return response.tag(ETags.of(organization.version())).build();
    }

    /** Replaces the whole record: fields the body leaves out are cleared. */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response replace(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                            @Valid @NotNull OrganizationRequests.Register request) {
        OrganizationView organization = service.replace(id, ifMatch, request);
        return Response.ok(organization).tag(ETags.of(organization.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull OrganizationRequests.Update request) {
        OrganizationView organization = service.update(id, ifMatch, request);
        return Response.ok(organization).tag(ETags.of(organization.version())).build();
    }

    @GET
    public Page<OrganizationView> list(@QueryParam(PageLimit.PARAM) String limit,
                                       @QueryParam(KeysetCursor.PARAM) String cursor,
                                       @QueryParam("q") @Size(max = OrganizationRequests.NAME_MAX) String q,
                                       @QueryParam("kind") String kind,
                                       @QueryParam("parent") String parent,
                                       @QueryParam("country") @Size(max = 2) String country,
                                       @QueryParam("active") String active,
                                       @QueryParam("instrument") @Size(max = Limits.SHORT_TEXT_MAX)
                                       String instrument) {
        return service.list(PageLimit.parse(limit), cursor, new OrganizationFilter(q,
                QueryParams.code(OrganizationKind.class, "kind", kind), QueryParams.uuid("parent", parent),
                country == null || country.isEmpty() ? null : country, QueryParams.bool("active", active),
                instrument == null || instrument.isBlank() ? null : instrument));
    }

    /** Organisations whose names look like this one's (spelling variants, near misses), for review. */
    @GET
    @Path("/{id}/similar")
    public Items<SimilarOrganizations.Match> similar(@PathParam("id") UUID id,
            @QueryParam(PageLimit.PARAM) String limit) {
        service.get(id);
        return new Items<>(similar.like(id, PageLimit.parse(limit)));
    }

    /** The organisations below this one (offices, departments, representations), level by level. */
    @GET
    @Path("/{id}/units")
    public Items<OrganizationTree.Unit> units(@PathParam("id") UUID id) {
        return new Items<>(service.units(id));
    }

    /** Pairs of organisations that may be the same body registered twice, most alike first. */
    @GET
    @Path("/duplicates")
    public Items<SimilarNames.Pair> duplicates(@QueryParam(PageLimit.PARAM) String limit) {
        return new Items<>(similar.pairs(PageLimit.parse(limit)));
    }

    /** A list that is complete up to its limit, so it has no cursor. */
    public record Items<T>(List<T> items) {
    }
}
