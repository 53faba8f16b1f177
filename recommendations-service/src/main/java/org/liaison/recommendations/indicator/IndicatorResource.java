package org.liaison.recommendations.indicator;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.support.http.ETags;
import org.liaison.support.http.Preconditions;
import org.liaison.support.idempotency.IdempotencyKeys;
import org.liaison.support.idempotency.IdempotentCreate;
import org.liaison.support.security.Roles;

import java.util.List;
import java.util.UUID;

/** A recommendation's indicators and their measurements, which are only ever added. */
@Path("/recommendations/{id}/indicators")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    private final IndicatorService service;
    private final IdempotentCreate idempotentCreate;

    public IndicatorResource(IndicatorService service, IdempotentCreate idempotentCreate) {
        this.service = service;
        this.idempotentCreate = idempotentCreate;
    }

    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response add(@PathParam("id") UUID id, @Valid @NotNull IndicatorRequests.Create request,
                        @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        service.requireMayReport(id);
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            IndicatorView created = service.add(id, request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .tag(ETags.of(created.version())).entity(created).build();
        });
    }

    @GET
    public Items list(@PathParam("id") UUID id) {
        return new Items(service.list(id));
    }

    @GET
    @Path("/{indicatorId}")
    public Response get(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId) {
        IndicatorView indicator = service.get(id, indicatorId);
        return Response.ok(indicator).tag(ETags.of(indicator.version())).build();
    }

    /** A partial change of what the indicator is; {@code If-Match} with its ETag is required. */
    @PATCH
    @Path("/{indicatorId}")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response update(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
                           @HeaderParam(Preconditions.IF_MATCH) String ifMatch,
                           @Valid @NotNull IndicatorRequests.Update request) {
        service.requireMayReport(id);
        IndicatorView indicator = service.update(id, indicatorId, ifMatch, request);
        return Response.ok(indicator).tag(ETags.of(indicator.version())).build();
    }

    /** Adds a measurement; none is ever changed (a later one corrects it, or it is withdrawn). */
    @POST
    @Path("/{indicatorId}/measurements")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response measure(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
                            @Valid @NotNull IndicatorRequests.Measure request,
                            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, UriInfo uri) {
        service.requireMayReport(id);
        return idempotentCreate.run(idempotencyKey, uri, request, () -> {
            MeasurementView created = service.measure(id, indicatorId, request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .entity(created).build();
        });
    }

    @GET
    @Path("/{indicatorId}/measurements/{measurementId}")
    public MeasurementView measurement(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
                                       @PathParam("measurementId") UUID measurementId) {
        return service.measurement(id, indicatorId, measurementId);
    }

    /**
     * Withdraws a measurement, as evidence is retracted: 201 with the withdrawal, which names it; both stay and the
     * measurement shows it. The body may be absent.
     */
    @POST
    @Path("/{indicatorId}/measurements/{measurementId}/withdrawal")
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Response withdraw(@PathParam("id") UUID id, @PathParam("indicatorId") UUID indicatorId,
                             @PathParam("measurementId") UUID measurementId,
                             @Valid IndicatorRequests.Withdrawal request, UriInfo uri) {
        service.requireMayReport(id);
        MeasurementView.Withdrawal withdrawal = service.withdraw(id, indicatorId, measurementId,
                request == null ? null : request.note());
        return Response.created(uri.getBaseUriBuilder().path("recommendations").path(id.toString())
                .path("indicators").path(indicatorId.toString()).path("measurements").path(measurementId.toString())
                .build()).entity(withdrawal).build();
    }

    /** A recommendation's indicators, oldest first: bounded by {@code liaison.recommendations.indicators-max}. */
    public record Items(List<IndicatorView> items) {
    }
}
