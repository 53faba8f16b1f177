package org.liaison.meetings.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

import java.util.UUID;

/**
 * {@code GET /people/{id}/statements}: what a person said, at every meeting the caller may see the details of. From
 * meetings-service's own read of people ({@code directory_person}), so what a record merged into that person said
 * counts as theirs; orgs-service owns the people themselves.
 */
@Path("/people/{personId}/statements")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PersonStatementsResource {

    private final StatementService service;

    public PersonStatementsResource(StatementService service) {
        this.service = service;
    }

    @GET
    public Page<StatementView> list(@PathParam("personId") UUID personId, @QueryParam(PageLimit.PARAM) String limit,
                                    @QueryParam(KeysetCursor.PARAM) String cursor) {
        return service.find(new StatementService.Filter(null, personId, null, null), PageLimit.parse(limit), cursor);
    }
}
