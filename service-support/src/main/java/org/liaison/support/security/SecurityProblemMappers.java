package org.liaison.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.liaison.support.problem.ProblemException;

/** 401 and 403 as problem details, like every other error. */
public class SecurityProblemMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        // WWW-Authenticate: Bearer comes with every 401 the factory builds.
        return ProblemException.unauthorized("a valid bearer token is required (Authorization: Bearer ...)")
                .toResponse(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemException.forbidden("your role may not do this").toResponse(uri);
    }
}
