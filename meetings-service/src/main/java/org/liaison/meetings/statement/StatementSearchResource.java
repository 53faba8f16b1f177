package org.liaison.meetings.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.liaison.meetings.common.Limits;
import org.liaison.support.http.QueryParams;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

/**
 * Statements across meetings: {@code GET /statements?q=&person=&organization=&meeting=}, each with the meeting it was
 * made at; a restricted meeting's statements only for its parties and admins.
 */
@Path("/statements")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class StatementSearchResource {

    private final StatementService service;

    public StatementSearchResource(StatementService service) {
        this.service = service;
    }

    /** @param q any spelling of words of the text, or of the speaker's name as written or as registered */
    @GET
    public Page<StatementView> find(@QueryParam("q") @Size(max = Limits.SHORT_TEXT_MAX) String q,
                                    @QueryParam("person") String person,
                                    @QueryParam("organization") String organization,
                                    @QueryParam("meeting") String meeting,
                                    @QueryParam(PageLimit.PARAM) String limit,
                                    @QueryParam(KeysetCursor.PARAM) String cursor) {
        return service.find(new StatementService.Filter(q, QueryParams.uuid("person", person),
                QueryParams.uuid("organization", organization), QueryParams.uuid("meeting", meeting)),
                PageLimit.parse(limit), cursor);
    }
}
