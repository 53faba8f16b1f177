package org.liaison.meetings.importing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.support.security.Roles;

/**
 * {@code POST /import/meetings}: a JSON array of meetings, each the body {@code POST /meetings} takes, with its
 * {@code id}. Admin only: a bulk write for every office. Each meeting is created, matched (already recorded under
 * its id) or rejected on its own; the answer is 200 with the {@link MeetingImportReport}, also when meetings were
 * rejected. Importing the same file again creates nothing.
 */
@Path("/import/meetings")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class MeetingImportResource {

    private final MeetingImporter importer;

    public MeetingImportResource(MeetingImporter importer) {
        this.importer = importer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingImportReport importMeetings(JsonNode file) {
        return importer.run(file);
    }
}
