package org.liaison.support.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

/**
 * A problem answered by a Vert.x route filter, ahead of the REST layer whose exception mappers answer every other
 * one: the same status, headers and problem+json body they would write.
 */
final class RouteProblems {

    private RouteProblems() {
    }

    /** Sets the problem's status, headers and media type; the caller ends the response with {@link #body}. */
    static HttpServerResponse start(RoutingContext context, ProblemException problem) {
        HttpServerResponse response = context.response().setStatusCode(problem.status());
        problem.headers().forEach(response::putHeader);
        return response.putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
    }

    /** The problem+json document, its instance the request's path. */
    static String body(ObjectMapper mapper, RoutingContext context, ProblemException problem) {
        try {
            return mapper.writeValueAsString(problem.toProblem(context.request().path()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document cannot be written as JSON", e);
        }
    }
}
