package org.liaison.orgs.instrument;

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
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

/**
 * The catalogue of international instruments («القرار 2254», CEDAW, the Geneva Communiqué): everyone reads it,
 * admins add instruments and aliases. meetings-service and recommendations-service resolve free text against their
 * copy of it, fed by the {@code instrument.*} events.
 */
@Path("/instruments")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    private final InstrumentService service;

    public InstrumentResource(InstrumentService service) {
        this.service = service;
    }

    @GET
    public Page<InstrumentView> list(@QueryParam(PageLimit.PARAM) String limit,
                                     @QueryParam(KeysetCursor.PARAM) String cursor) {
        return service.list(PageLimit.parse(limit), cursor);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) {
        InstrumentView instrument = service.get(id);
        return Response.ok(instrument).tag(ETags.of(instrument.version())).build();
    }

    /** 409 with {@code existingId} when the id is taken, or naming the alias that already names another. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    public Response register(@Valid @NotNull InstrumentRequests.Register request, UriInfo uri) {
        InstrumentView created = service.register(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Response update(@PathParam("id") String id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull InstrumentRequests.Update request) {
        InstrumentView instrument = service.update(id, ifMatch, request);
        return Response.ok(instrument).tag(ETags.of(instrument.version())).build();
    }
}
