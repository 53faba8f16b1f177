package org.liaison.recommendations.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.recommendations.status.TimelineEntryView;
import org.liaison.support.security.Roles;

import java.util.UUID;

import static org.liaison.recommendations.common.Limits.NOTE_MAX;

/** Evidence on a recommendation's timeline, as its owners see to it. */
@Path("/recommendations/{id}/evidence")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    private final EvidenceRetraction retraction;

    public EvidenceResource(EvidenceRetraction retraction) {
        this.retraction = retraction;
    }

    /**
     * Retracts an evidence entry: 201 with the new {@code evidence_retracted} entry (the timeline is at
     * {@code GET /recommendations/{id}/status}); the body may be absent.
     */
    @POST
    @Path("/{entryId}/retraction")
    public Response retract(@PathParam("id") UUID id, @PathParam("entryId") UUID entryId, @Valid Retraction request,
                            UriInfo uri) {
        TimelineEntryView entry = retraction.retract(id, entryId, request == null ? null : request.note());
        return Response.created(uri.getBaseUriBuilder().path("recommendations").path(id.toString()).path("status")
                .build())
                .entity(entry).build();
    }

    /** @param note why it is withdrawn */
    public record Retraction(@Size(max = NOTE_MAX) String note) {
    }
}
