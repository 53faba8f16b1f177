package org.liaison.dashboard.stream;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.support.ratelimit.RequestCredentials;

import java.util.Optional;

/**
 * A stream opened with a good ticket ({@code GET /stream?ticket=...}) counts against the office of the token the
 * ticket was issued for, as the same stream opened with that token does, not against the client's address: the
 * browsers of many offices behind one NAT or proxy would otherwise share one bucket and be refused 429 together.
 * An unknown, used or expired ticket still counts against the address,
 * so guessing tickets is limited as any anonymous request. The ticket is only looked at here; the stream redeems it.
 */
@ApplicationScoped
public class StreamTicketCredentials implements RequestCredentials {

    private final StreamTickets tickets;

    public StreamTicketCredentials(StreamTickets tickets) {
        this.tickets = tickets;
    }

    @Override
    public Optional<SecurityIdentity> identify(HttpServerRequest request) {
        if (!"/stream".equals(request.path())) {
            return Optional.empty();
        }
        return tickets.peek(request.getParam("ticket"));
    }
}
