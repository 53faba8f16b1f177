package org.liaison.meetings.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.support.security.Roles;

import java.util.List;
import java.util.UUID;

/** {@code GET /meetings/{id}/documents}: the documents of a meeting the caller may see, oldest recorded first. */
@Path("/meetings/{meetingId}/documents")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class MeetingDocumentsResource {

    private final DocumentService service;

    public MeetingDocumentsResource(DocumentService service) {
        this.service = service;
    }

    /** A list that is complete, so it has no cursor. */
    public record Items(List<DocumentView> items) {
    }

    @GET
    public Items list(@PathParam("meetingId") UUID meetingId) {
        return new Items(service.ofMeeting(meetingId));
    }
}
