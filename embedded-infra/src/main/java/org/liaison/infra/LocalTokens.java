package org.liaison.infra;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Signs Liaison tokens with the local key: what {@code ./liaison token} prints and what tests send. */
public final class LocalTokens {

    /**
     * The {@code aud} of locally signed tokens, which the services require by default
     * ({@code mp.jwt.verify.audiences}): a token an identity provider issued to another client of the same realm is
     * refused.
     */
    public static final String AUDIENCE = "liaison";

    /**
     * The longest life a token may have; the services refuse a token older than this ({@code mp.jwt.verify.token.age}).
     */
    public static final Duration MAX_TTL = Duration.ofHours(24);

    private final LocalKeys keys;

    public LocalTokens(LocalKeys keys) {
        this.keys = keys;
    }

    /**
     * @param office  the partner office's organisation id ({@code office} claim)
     * @param role    reader, editor, admin or metrics ({@code groups} claim)
     * @param subject who acts, e.g. a person's login ({@code sub} and {@code upn})
     */
    public String issue(UUID office, String role, String subject, Duration ttl) {
        return issue(office, role, subject, ttl, AUDIENCE, Instant.now());
    }

    /**
     * As {@link #issue(UUID, String, String, Duration)}, for another audience or issue time (tests of the refusals).
     */
    public String issue(UUID office, String role, String subject, Duration ttl, String audience, Instant issuedAt) {
        return Jwt.issuer(LocalKeys.ISSUER)
                .audience(audience)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("office", office.toString())
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(ttl))
                .sign(keys.privateKey());
    }
}
