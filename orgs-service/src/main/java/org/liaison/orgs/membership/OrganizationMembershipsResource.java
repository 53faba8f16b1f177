package org.liaison.orgs.membership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.liaison.support.http.QueryParams;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.Page;
import org.liaison.support.paging.PageLimit;
import org.liaison.support.security.Roles;

import java.util.UUID;

/**
 * {@code GET /organizations/{id}/members}: who belongs to an organisation, people and organisations;
 * {@code GET /organizations/{id}/memberships-of}: the organisations it belongs to. Both 404 for an unknown
 * organisation; {@code current} as for {@code GET /memberships}.
 */
@Path("/organizations/{id}")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationMembershipsResource {

    private final OrganizationMemberships memberships;

    public OrganizationMembershipsResource(OrganizationMemberships memberships) {
        this.memberships = memberships;
    }

    @GET
    @Path("/members")
    public Page<OrganizationMembershipView> members(@PathParam("id") UUID id,
                                                    @QueryParam(PageLimit.PARAM) String limit,
                                                    @QueryParam(KeysetCursor.PARAM) String cursor,
                                                    @QueryParam("current") String current) {
        return memberships.members(id, PageLimit.parse(limit), cursor, QueryParams.bool("current", current));
    }

    @GET
    @Path("/memberships-of")
    public Page<OrganizationMembershipView> membershipsOf(@PathParam("id") UUID id,
                                                          @QueryParam(PageLimit.PARAM) String limit,
                                                          @QueryParam(KeysetCursor.PARAM) String cursor,
                                                          @QueryParam("current") String current) {
        return memberships.membershipsOf(id, PageLimit.parse(limit), cursor, QueryParams.bool("current", current));
    }
}
