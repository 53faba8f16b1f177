package org.liaison.support.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * Refuses a query parameter whose value contains U+0000 with a 400 naming it, for every service: PostgreSQL cannot
 * take the character in text, so such a value would otherwise fail only at the database, as a server error (the
 * query-string side of {@link NoNulText}). Values stay bound as parameters either way; this is about the answer.
 */
public class NoNulQueryParams {

    @ServerRequestFilter
    public void refuseNul(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> param : request.getUriInfo().getQueryParameters().entrySet()) {
            for (String value : param.getValue()) {
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw ProblemException.badRequest(param.getKey(), "must not contain the NUL character (U+0000)");
                }
            }
        }
    }
}
