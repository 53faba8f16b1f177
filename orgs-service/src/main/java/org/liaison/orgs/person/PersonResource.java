package org.liaison.orgs.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.liaison.orgs.common.Limits;
import org.liaison.orgs.common.SimilarNames;
import org.liaison.orgs.organization.OrganizationResource;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

import java.util.UUID;

@Path("/people")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService service;
    private final IdempotentCreate idempotentCreate;
    private final SimilarPeople similar;

    public PersonResource(PersonService service, IdempotentCreate idempotentCreate, SimilarPeople similar) {
        this.service = service;
        this.idempotentCreate = idempotentCreate;
        this.similar = similar;
    }

    /**
     * 409 with {@code existingId} when the id is taken, or when the Arabic or English name is already a name of
     * another person in any spelling ({@code "distinct": true} registers a different person of the same name).
     * With an {@code Idempotency-Key}, a retried request gets the first answer instead of a second record.
     */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response register(@Valid @NotNull PersonRequests.Register request,
                             @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            PersonView created = service.register(request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(ETags.of(created.version())).entity(created).build();
        });
    }

    /**
     * The person with {@code roles.current} and {@code roles.past}, each with its organisation's names. A merged
     * person answers 307 to the one they were merged into, with their own record as the body.
     */
    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id, UriInfo uri) {
        PersonView person = service.get(id);
        Response.ResponseBuilder response = person.mergedInto() == null ? Response.ok(person)
                : Response.temporaryRedirect(uri.getBaseUriBuilder().path(PersonResource.class)
                .path(person.mergedInto().toString()).build()).entity(person);
        return response.tag(ETags.of(person.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull PersonRequests.Update request) {
        PersonView person = service.update(id, ifMatch, request);
        return Response.ok(person).tag(ETags.of(person.version())).build();
    }

    /** @param q any spelling of any of their names, Arabic or English */
    @GET
    public Page<PersonView> list(@QueryParam(PageLimit.PARAM) String limit,
                                 @QueryParam(KeysetCursor.PARAM) String cursor,
                                 @QueryParam("q") @Size(max = Limits.NAME_MAX) String q) {
        return service.list(PageLimit.parse(limit), cursor, q);
    }

    /** People whose names look like this person's (spelling variants, near misses), for review. */
    @GET
    @Path("/{id}/similar")
    public OrganizationResource.Items<SimilarPeople.Match> similar(@PathParam("id") UUID id,
                                                                   @QueryParam(PageLimit.PARAM) String limit) {
        service.get(id);
        return new OrganizationResource.Items<>(similar.like(id, PageLimit.parse(limit)));
    }

    /** Pairs of people who may be one person registered twice, most alike first. */
    @GET
    @Path("/duplicates")
    public OrganizationResource.Items<SimilarNames.Pair> duplicates(@QueryParam(PageLimit.PARAM) String limit) {
        return new OrganizationResource.Items<>(similar.pairs(PageLimit.parse(limit)));
    }
}
