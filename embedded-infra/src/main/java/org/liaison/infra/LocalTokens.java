package org.liaison.infra;

import io.smallrye.jwt.build.Jwt;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** Signs Liaison tokens with the local key: what {@code ./liaison token} prints and what tests send. */
public final class LocalTokens {

    private final LocalKeys keys;

    public LocalTokens(LocalKeys keys) {
        this.keys = keys;
    }

    /**
     * @param office  the partner office's organisation id ({@code office} claim)
     * @param role    reader, editor or admin ({@code groups} claim)
     * @param subject who acts, e.g. a person's login ({@code sub} and {@code upn})
     */
    public String issue(UUID office, String role, String subject, Duration ttl) {
        return Jwt.issuer(LocalKeys.ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(role))
                .claim("office", office.toString())
                .expiresIn(ttl)
                .sign(keys.privateKey());
    }
}
