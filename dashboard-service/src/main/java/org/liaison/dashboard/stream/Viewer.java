package org.liaison.dashboard.stream;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.liaison.support.security.CurrentActor;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who watches a stream or reads the feed, fixed when it starts (a stream outlives its request): the office and
 * role of {@link CurrentActor}, over a copy of the request's identity. What it may see of an event is decided by
 * {@link org.liaison.dashboard.visibility.MeetingVisibility} with them. It is good until the token's {@code exp}:
 * a stream ends then (the client comes back with a fresh ticket, which takes a token that is still good).
 */
public final class Viewer {

    private final CurrentActor actor;
    private final Instant expiresAt;

    private Viewer(SecurityIdentity identity) {
        this.actor = new CurrentActor(identity);
        this.expiresAt = expiry(identity).orElse(null);
    }

    /** When the identity's token expires ({@code exp}); empty for an identity without one. */
    public static Optional<Instant> expiry(SecurityIdentity identity) {
        if (identity != null && identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getExpirationTime() > 0) {
            return Optional.of(Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        return Optional.empty();
    }

    /** Whether the token this viewer was copied from has expired at {@code now}. */
    public boolean hasExpired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public Optional<Instant> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Detaches the identity from its request so it can be consulted later on other threads. */
    public static Viewer of(SecurityIdentity identity) {
        return new Viewer(QuarkusSecurityIdentity.builder(identity).build());
    }

    public Optional<UUID> office() {
        return actor.office();
    }

    public boolean isAdmin() {
        return actor.isAdmin();
    }

    /**
     * Whose share of the per-office limits a stream or replay uses: the office, else the token's subject.
     */
    public String quotaKey() {
        return actor.office().map(UUID::toString)
                .or(() -> actor.subject().map(subject -> "subject:" + subject))
                .orElse("anonymous");
    }
}
