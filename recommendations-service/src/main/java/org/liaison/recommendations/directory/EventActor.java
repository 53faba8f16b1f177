package org.liaison.recommendations.directory;

import org.liaison.contracts.EventEnvelope;
import org.liaison.support.security.Roles;

import java.util.UUID;

/**
 * Who caused an event, as its producer says in the CloudEvents extensions {@code actoroffice}, {@code actorsubject}
 * and {@code actorrole}. An event without an office was caused by no request (a system change); one without a role
 * comes from a producer that does not send it, and counts as an editor's (only editors and admins write).
 */
public record EventActor(UUID office, String subject, String role) {

    public static EventActor of(EventEnvelope event) {
        return of(event.actorOffice(), event.actorSubject(), event.actorRole());
    }

    /** From the CloudEvents extensions' values as they came (any of them may be missing). */
    public static EventActor of(String actorOffice, String actorSubject, String actorRole) {
        UUID office = null;
        if (actorOffice != null) {
            try {
                office = UUID.fromString(actorOffice.strip());
            } catch (IllegalArgumentException e) {
                office = null; // not an office this service can check: nobody's claim
            }
        }
        String role = actorRole == null || actorRole.isBlank() ? Roles.EDITOR : actorRole.strip();
        return new EventActor(office, actorSubject, role);
    }

    public boolean isAdmin() {
        return office != null && Roles.ADMIN.equals(role);
    }

    public boolean isEditor() {
        return office != null && Roles.EDITOR.equals(role);
    }
}
