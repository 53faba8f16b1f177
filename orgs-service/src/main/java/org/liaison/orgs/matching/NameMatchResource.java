package org.liaison.orgs.matching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.support.security.Roles;

/**
 * Looks up many names at once by their compact keys: what article intake (meetings-service) asks once per
 * article to match its mentions. A POST because the keys of one article do not fit a URL; it changes nothing.
 */
@Path("/name-matches")
@RolesAllowed({Roles.READER, Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NameMatchResource {

    private final NameMatches matches;

    public NameMatchResource(NameMatches matches) {
        this.matches = matches;
    }

    @POST
    public NameMatches.Answer find(@Valid @NotNull NameMatchRequest request) {
        return matches.find(request);
    }
}
