package org.liaison.support.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

import java.util.Optional;

/**
 * A service's own credential other than the bearer token, for the rate limit to key a request by: the dashboard's
 * stream tickets, which a browser sends in the URL because EventSource cannot send headers. A request carrying a good
 * one draws from its holder's office bucket, as the same request with the token would, instead of its address's
 * (many browsers behind one NAT or proxy would share that). Implementations are CDI beans; they must only look, never
 * use the credential up (a single-use ticket stays for the endpoint to redeem), and must not block: the rate limit
 * runs on the event loop before every request.
 */
public interface RequestCredentials {

    /** The identity the request's credential stands for, if it carries one that is good now; empty otherwise. */
    Optional<SecurityIdentity> identify(HttpServerRequest request);
}
