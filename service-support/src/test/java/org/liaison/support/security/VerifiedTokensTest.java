package org.liaison.support.security;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifiedTokensTest {

    private static final KeyPair KEYS = rsaKeys();
    private static final long DAY = 86_400;

    @Test
    void aVerifiedTokenIsReusedForTheSameTokenString() throws Exception {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60));
        String token = sign(Instant.now(), Instant.now().plusSeconds(300));
        JsonWebToken first = tokens.parse(token);
        assertSame(first, tokens.parse(token), "not verified again");
        assertEquals("amal", first.getName());
    }

    @Test
    void aTokenIsNeverReusedPastItsExpiry() throws Exception {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60));
        String token = sign(Instant.now(), Instant.now().plusSeconds(2));
        tokens.parse(token);
        Thread.sleep(2_500);
        assertThrows(ParseException.class, () -> tokens.parse(token), "expired: checked again and refused");
    }

    @Test
    void theReuseEndsAtTheTokensMaximumAgeOrTheCachesLimit() throws Exception {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60));
        Instant farExpiry = Instant.now().plusSeconds(10 * DAY);
        long nearlyTooOld = tokens.remainingNanos(tokens.parse(sign(Instant.now().minusSeconds(DAY - 5), farExpiry)));
        assertTrue(nearlyTooOld > 0 && nearlyTooOld <= Duration.ofSeconds(5).toNanos(),
                "iat + token age: " + nearlyTooOld);
        long fresh = tokens.remainingNanos(tokens.parse(sign(Instant.now(), farExpiry)));
        assertTrue(fresh > Duration.ofSeconds(55).toNanos() && fresh <= Duration.ofSeconds(60).toNanos(),
                "max-age: " + fresh);
    }

    @Test
    void withNoMaxAgeEveryRequestIsVerified() throws Exception {
        VerifiedTokens tokens = tokens(Duration.ZERO);
        String token = sign(Instant.now(), Instant.now().plusSeconds(300));
        assertNotSame(tokens.parse(token), tokens.parse(token));
    }

    @Test
    void aChangedTokenIsVerifiedAndRefused() throws Exception {
        VerifiedTokens tokens = tokens(Duration.ofSeconds(60));
        String token = sign(Instant.now(), Instant.now().plusSeconds(300));
        tokens.parse(token);
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThrows(ParseException.class, () -> tokens.parse(forged));
    }

    private static VerifiedTokens tokens(Duration maxAge) {
        JWTAuthContextInfo context = new JWTAuthContextInfo(KEYS.getPublic(), "liaison-local");
        context.setClockSkew(0);
        context.setTokenAge(DAY);
        return new VerifiedTokens(context, maxAge, 100);
    }

    private static String sign(Instant issuedAt, Instant expires) throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("liaison-local");
        claims.setSubject("amal");
        claims.setClaim("upn", "amal");
        claims.setClaim("groups", List.of("editor"));
        claims.setIssuedAt(NumericDate.fromSeconds(issuedAt.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEYS.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
