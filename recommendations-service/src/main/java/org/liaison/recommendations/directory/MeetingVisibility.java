package org.liaison.recommendations.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.support.security.CurrentActor;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Whether a meeting a timeline cites may be named to whoever reads it. That a restricted meeting advanced a
 * recommendation is one of its hidden details ({@code advances} is not in its redacted view), so an office not
 * taking part sees only that some meeting did; a meeting this service has not received is named (nothing is known
 * to hide). The rule of {@link CurrentActor#maySeeDetails}, from the meeting directory.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MeetingVisibility {

    private final MeetingDirectory meetings;
    private final CurrentActor actor;
    private final EntityManager entityManager;

    public MeetingVisibility(MeetingDirectory meetings, CurrentActor actor, EntityManager entityManager) {
        this.meetings = meetings;
        this.actor = actor;
        this.entityManager = entityManager;
    }

    /** For the caller of the current request; each meeting looked up once. */
    public Predicate<UUID> forCaller() {
        Map<UUID, Boolean> known = new HashMap<>();
        return id -> known.computeIfAbsent(id, m -> meetings.find(m)
                .map(state -> actor.maySeeDetails(state.restricted(), state.parties())).orElse(true));
    }

    /** For everyone at once (an event goes to every office): only meetings that are not restricted. One query. */
    public static Predicate<UUID> forEveryone(EntityManager entityManager, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return id -> true;
        }
        @SuppressWarnings("unchecked")
        List<UUID> restricted = entityManager.createNativeQuery(
                        "select id from directory_meeting where restricted and id = any(?1)")
                .setParameter(1, ids.stream().distinct().toArray(UUID[]::new)).getResultList();
        Set<UUID> hidden = new HashSet<>(restricted);
        return id -> !hidden.contains(id);
    }

    public Predicate<UUID> forEveryone(Collection<UUID> ids) {
        return forEveryone(entityManager, ids);
    }
}
