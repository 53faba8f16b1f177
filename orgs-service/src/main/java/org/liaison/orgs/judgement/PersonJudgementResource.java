package org.liaison.orgs.judgement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.liaison.orgs.organization.OrganizationResource;
import org.liaison.support.http.QueryParams;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.CurrentActor;
import org.liaison.support.security.Roles;

/**
 * {@code /people/judgements}: judgements on pairs of people whose names look alike ({@link PairJudgementResource});
 * {@code GET ?personId=} lists one person's.
 */
@Path("/people/judgements")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonJudgementResource extends PairJudgementResource<PersonJudgement> {

    public PersonJudgementResource(PersonJudgements judgements, CurrentActor actor) {
        super(judgements, actor);
    }

    @GET
    public OrganizationResource.Items<PairJudgement.View> list(@QueryParam("personId") String personId,
                                                               @QueryParam(PageLimit.PARAM) String limit) {
        return list(QueryParams.uuid("personId", personId), "personId", limit);
    }
}
