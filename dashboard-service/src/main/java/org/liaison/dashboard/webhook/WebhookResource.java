package org.liaison.dashboard.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.UUID;

/**
 * An office's webhooks. {@code POST /webhooks} takes no Idempotency-Key: its answer carries the signing secret,
 * which a stored replay would keep readable in the database; a client unsure whether its create went through
 * lists its webhooks and deletes a surplus one. The actions ({@code resume}, {@code secret/rotate}) take no body.
 */
@Path("/webhooks")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private final WebhookService service;
    private final DeliveryLog log;

    public WebhookResource(WebhookService service, DeliveryLog log) {
        this.service = service;
        this.log = log;
    }

    /** A new webhook of the caller's office; the answer shows its signing secret, the only time it is shown. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response create(@Valid @NotNull WebhookRequests.Create request, UriInfo uri) {
        WebhookView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(created).build();
    }

    /** The caller's office's webhooks (every office's for admins). */
    @GET
    public Page<WebhookView> list(@QueryParam(PageLimit.PARAM) String limit,
            @QueryParam(KeysetCursor.PARAM) String cursor) {
        return service.list(PageLimit.parse(limit), cursor);
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        WebhookView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull WebhookRequests.Update request) {
        WebhookView view = service.update(id, ifMatch, request);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }

    /** Active again after a pause; the deliveries held meanwhile go out, oldest first per aggregate. */
    @POST
    @Path("/{id}/resume")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response resume(@PathParam("id") UUID id) {
        WebhookView view = service.resume(id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    /** A new signing secret, shown once; the previous one keeps signing alongside for the rotation overlap. */
    @POST
    @Path("/{id}/secret/rotate")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response rotateSecret(@PathParam("id") UUID id) {
        WebhookView view = service.rotateSecret(id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    /**
     * The delivery log, newest first: {@code status} is pending, delivered, paused or dead; delivered and dead
     * deliveries are kept for the service's retention, then purged.
     */
    @GET
    @Path("/{id}/deliveries")
    public Page<DeliveryView> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
                                         @QueryParam(PageLimit.PARAM) String limit,
                                         @QueryParam(KeysetCursor.PARAM) String cursor) {
        service.visible(id);
        return log.page(id, status, PageLimit.parse(limit), cursor);
    }
}
