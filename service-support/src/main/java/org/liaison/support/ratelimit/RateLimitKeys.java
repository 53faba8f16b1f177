package org.liaison.support.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.liaison.support.security.LiaisonClaims;

/**
 * Whose bucket a request draws from: the token's office, so that everyone of one partner office shares its
 * rate; a token without an office by its subject; an anonymous request (or one whose token failed) by the
 * client's address. The address is the peer's, or the forwarded one when
 * {@code quarkus.http.proxy.proxy-address-forwarding} is on behind a trusted proxy.
 */
final class RateLimitKeys {

    private RateLimitKeys() {
    }

    static String of(SecurityIdentity identity, String address) {
        if (identity == null || identity.isAnonymous()) {
            return of(null, null, address);
        }
        String office = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(LiaisonClaims.OFFICE);
            office = claim == null ? null : claim.toString().replace("\"", "");
        }
        return of(office, identity.getPrincipal().getName(), address);
    }

    /** Who a refusal speaks to, as a key of {@link #of} names them: "your office", "you" or "your address". */
    static String sender(String key) {
        if (key.startsWith("office:")) {
            return "your office sends";
        }
        return key.startsWith("subject:") ? "you send" : "your address sends";
    }

    static String of(String office, String subject, String address) {
        if (office != null && !office.isBlank()) {
            return "office:" + office;
        }
        if (subject != null && !subject.isBlank()) {
            return "subject:" + subject;
        }
        return "address:" + (address == null ? "unknown" : address);
    }
}
