package org.liaison.recommendations.status;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.liaison.recommendations.directory.References;
import org.liaison.support.security.Roles;

import java.util.List;
import java.util.UUID;

/**
 * A set's status updates as one CSV file ({@link StatusUpdates}): {@code POST} applies every line or none;
 * {@code GET .../template.csv} is the file to fill in, one line per recommendation.
 */
@Path("/recommendation-sets/{id}/status-updates")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
public class StatusUpdatesResource {

    static final String CSV = "text/csv";

    private final StatusUpdates updates;
    private final References references;

    public StatusUpdatesResource(StatusUpdates updates, References references) {
        this.updates = updates;
        this.references = references;
    }

    /** 200 with what became of each line; 422 listing the lines that cannot be applied, nothing changed. */
    @POST
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    @Consumes({CSV, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    public StatusUpdates.Result upload(@PathParam("id") UUID id, String body) {
        List<StatusUpdateFile.Line> lines = updates.read(body);
        references.awaitKnown(List.of(), updates.meetingsWorthWaitingFor(id, lines));
        return updates.apply(id, lines);
    }

    @GET
    @Path("/template.csv")
    @Produces(CSV)
    public Response template(@PathParam("id") UUID id) {
        return Response.ok(updates.template(id), CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"status-updates-" + id + ".csv\"").build();
    }
}
