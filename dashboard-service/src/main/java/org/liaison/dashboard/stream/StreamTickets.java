package org.liaison.dashboard.stream;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.support.problem.ProblemException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stream tickets: a browser's EventSource cannot send an Authorization header, so the page first
 * {@code POST}s its bearer token to {@code /stream/tickets} and opens {@code /stream?ticket=...}.
 * <p>
 * A ticket is 256 random bits, good for one thing (opening one stream on this instance), once, within a short
 * lifetime ({@code liaison.dashboard.ticket-ttl}, 30 s): a URL that ends up in a proxy log or the browser's
 * history is worthless by then, unlike the token it stands for. The stream keeps the identity of the token
 * that asked for the ticket (its office and role decide what the stream shows), not the token itself, and ends
 * when that token expires; a ticket expires with its token at the latest.
 * Tickets live in this instance's memory: with several instances, the balancer must send a client's ticket
 * request and its stream to the same instance (or the page asks again, which it does on any refusal).
 */
@ApplicationScoped
public class StreamTickets {

    /** A ticket as handed out. */
    public record Ticket(String ticket, Instant expiresAt) {
    }

    private record Grant(SecurityIdentity identity, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final DashboardConfig config;
    private final Clock clock = Clock.systemUTC();

    public StreamTickets(DashboardConfig config) {
        this.config = config;
    }

    public Ticket issue(SecurityIdentity identity) {
        purge();
        if (grants.size() >= config.maxTickets()) {
            throw ProblemException.serviceUnavailable("too many unused stream tickets, try again shortly", 5);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = clock.instant().plus(config.ticketTtl());
        Instant tokenExpiry = Viewer.expiry(identity).orElse(expiresAt);
        if (tokenExpiry.isBefore(expiresAt)) {
            expiresAt = tokenExpiry; // a ticket never outlives the token it stands for
        }
        grants.put(ticket, new Grant(identity, expiresAt));
        return new Ticket(ticket, expiresAt);
    }

    /** Takes a ticket (it cannot be used again) and gives the identity it was issued to, if it is still good. */
    public Optional<SecurityIdentity> redeem(String ticket) {
        return wellFormed(ticket) ? stillGood(grants.remove(ticket)) : Optional.empty();
    }

    /**
     * The identity a ticket stands for while it is good, without taking it: for the rate limit, which runs before
     * {@link #redeem} and must leave the ticket to it.
     */
    public Optional<SecurityIdentity> peek(String ticket) {
        return wellFormed(ticket) ? stillGood(grants.get(ticket)) : Optional.empty();
    }

    private static boolean wellFormed(String ticket) {
        return ticket != null && ticket.length() <= 100;
    }

    private Optional<SecurityIdentity> stillGood(Grant grant) {
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(grant.identity());
    }

    @Scheduled(identity = "dashboard-ticket-purge", every = "1m")
    void purge() {
        Instant now = clock.instant();
        grants.values().removeIf(g -> !now.isBefore(g.expiresAt()));
    }
}
