package org.liaison.dashboard.stream;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.liaison.support.security.CurrentActor;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Who watches a stream or reads the feed, fixed when it starts (a stream outlives its request): the same
 * {@link CurrentActor} rules as the REST APIs, over a copy of the request's identity.
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

    public boolean maySeeDetails(boolean restricted, Collection<UUID> parties) {
        return actor.maySeeDetails(restricted, parties);
    }

    public Optional<UUID> office() {
        return actor.office();
    }
}
