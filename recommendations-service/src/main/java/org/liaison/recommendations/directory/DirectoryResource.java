package org.liaison.recommendations.directory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.contracts.MeetingState;
import org.liaison.contracts.OrganizationState;
import org.liaison.support.directory.OrganizationDirectory;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;
import org.liaison.support.security.Roles;

import java.util.UUID;

/** What this service has received of the other services' data: for checking that events flow. */
@Path("/directory")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectoryResource {

    private final OrganizationDirectory organizations;
    private final MeetingDirectory meetings;
    private final CurrentActor actor;

    public DirectoryResource(OrganizationDirectory organizations, MeetingDirectory meetings, CurrentActor actor) {
        this.organizations = organizations;
        this.meetings = meetings;
        this.actor = actor;
    }

    @GET
    @Path("/organizations/{id}")
    public OrganizationState organization(@PathParam("id") UUID id) {
        return organizations.find(id).orElseThrow(() -> ProblemException.notFound("organization", id));
    }

    /** A meeting with its organiser's current names, as far as this service has received them. */
    @GET
    @Path("/meetings/{id}")
    public DirectoryMeetingView meeting(@PathParam("id") UUID id) {
        MeetingState meeting = meetings.find(id).orElseThrow(() -> ProblemException.notFound("meeting", id));
        return DirectoryMeetingView.of(meeting, organizations.find(meeting.organizerId()).orElse(null),
                actor.maySeeDetails(meeting.restricted(), meeting.parties()));
    }
}
