package org.liaison.support.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Map;

/** 401 and 403 as problem details, like every other error. */
public class SecurityProblemMappers {

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Response problem = new ProblemException(401, "Unauthorized",
                "a valid bearer token is required (Authorization: Bearer ...)", List.of(), Map.of())
                .toResponse(uri);
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return new ProblemException(403, "Forbidden", "your role may not do this", List.of(), Map.of()).toResponse(uri);
    }
}
