package org.liaison.dashboard.stream;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.liaison.support.security.CurrentActor;

import java.util.Optional;
import java.util.UUID;

/**
 * Who watches a stream or reads the feed, fixed when it starts (a stream outlives its request): the office and
 * role of {@link CurrentActor}, over a copy of the request's identity. What it may see of an event is decided by
 * {@link org.liaison.dashboard.visibility.MeetingVisibility} with them.
 */
public final class Viewer {

    private final CurrentActor actor;

    private Viewer(SecurityIdentity identity) {
        this.actor = new CurrentActor(identity);
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
}
