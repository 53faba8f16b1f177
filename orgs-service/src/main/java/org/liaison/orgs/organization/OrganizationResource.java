package org.liaison.orgs.organization;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.support.http.ETags;
import org.liaison.support.paging.Page;

import java.util.UUID;

@Path("/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;

    public OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @POST
    public Response register(@Valid @NotNull OrganizationRequests.Register request, UriInfo uri) {
        OrganizationView created = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        OrganizationView organization = service.get(id);
        return Response.ok(organization).tag(ETags.of(organization.version())).build();
    }

    @PATCH
    @Path("/{id}")
    public Response update(@PathParam("id") UUID id, @Valid @NotNull OrganizationRequests.Update request) {
        OrganizationView organization = service.update(id, request);
        return Response.ok(organization).tag(ETags.of(organization.version())).build();
    }

    @GET
    public Page<OrganizationView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
                                       @QueryParam("cursor") String cursor) {
        return service.list(limit, cursor);
    }
}
