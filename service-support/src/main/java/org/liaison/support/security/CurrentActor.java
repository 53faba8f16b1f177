package org.liaison.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.liaison.support.problem.ProblemException;

import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Who is making the current request: the partner office a token acts for, the subject (person or
 * system) and the role. Empty outside a request (e.g. while consuming events).
 */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;

    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return identity != null && !identity.isAnonymous();
    }

    /** The office the token acts for; absent for an anonymous request or a token without a usable claim. */
    public Optional<UUID> office() {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        return officeOf(identity.getPrincipal());
    }

    /** The office claim of a verified token; empty for another principal or a claim that is not an office id. */
    static Optional<UUID> officeOf(Principal principal) {
        if (principal instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(LiaisonClaims.OFFICE);
            if (claim != null) {
                try {
                    return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The token's subject, e.g. a person's login or a system's name. */
    public Optional<String> subject() {
        return isAuthenticated() ? Optional.ofNullable(identity.getPrincipal().getName()) : Optional.empty();
    }

    public boolean isAdmin() {
        return isAuthenticated() && identity.hasRole(Roles.ADMIN);
    }

    public boolean isEditor() {
        return isAuthenticated() && identity.hasRole(Roles.EDITOR);
    }

    /** The strongest role the token has (admin, editor, reader); empty for an anonymous request or none of them. */
    public Optional<String> role() {
        if (!isAuthenticated()) {
            return Optional.empty();
        }
        return Stream.of(Roles.ADMIN, Roles.EDITOR, Roles.READER).filter(identity::hasRole).findFirst();
    }

    /**
     * Whether the details of something restricted to some offices (a restricted meeting's participants and
     * outcomes) may be shown: always when it is not restricted, to admins, and to the offices taking part.
     */
    public boolean maySeeDetails(boolean restricted, Collection<UUID> parties) {
        if (!restricted || isAdmin()) {
            return true;
        }
        return office().map(parties::contains).orElse(false);
    }

    /**
     * Refuses a change unless the actor is an admin, or an editor whose office is one of the owners.
     *
     * @param what described in the refusal, e.g. "meeting 4f…"
     */
    public void requireMayChange(String what, List<UUID> owningOffices) {
        if (mayChange(owningOffices)) {
            return;
        }
        throw ProblemException.forbidden(
                "your office may not change " + what + ": editors change only what their office owns");
    }

    /** Whether the actor is an admin, or an editor whose office is one of the owners. */
    public boolean mayChange(List<UUID> owningOffices) {
        if (isAdmin()) {
            return true;
        }
        Optional<UUID> office = office();
        return isEditor() && office.isPresent() && owningOffices.contains(office.get());
    }
}
