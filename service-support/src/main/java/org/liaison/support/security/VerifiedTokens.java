package org.liaison.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The bearer-token parser Quarkus authenticates with, remembering tokens it has verified: a partner office's
 * client sends the same token with every request, and checking its RS256 signature and claims each time was about
 * 5% of a create's CPU (more of a read's). A cached token is reused only for the identical token string and never
 * past its own end ({@code exp}, or {@code iat} plus {@code mp.jwt.verify.token.age}) nor longer than
 * {@code liaison.security.verified-token-cache.max-age}. Refused tokens are not remembered: each is checked again.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    private final DefaultJWTParser parser;
    private final Duration maxAge;
    private final Optional<Long> tokenAgeSeconds;
    private final Cache<String, JsonWebToken> verified;

    public VerifiedTokens(JWTAuthContextInfo authContext,
                          @ConfigProperty(name = "liaison.security.verified-token-cache.max-age") Duration maxAge,
                          @ConfigProperty(name = "liaison.security.verified-token-cache.size") int size) {
        this.parser = new DefaultJWTParser(authContext);
        this.maxAge = maxAge;
        this.tokenAgeSeconds = Optional.ofNullable(authContext.getTokenAge());
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfter(new Expiry<String, JsonWebToken>() {
            @Override
            public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
                return remainingNanos(jwt);
            }

            @Override
            public long expireAfterUpdate(String token, JsonWebToken jwt, long now, long current) {
                return remainingNanos(jwt);
            }

            @Override
            public long expireAfterRead(String token, JsonWebToken jwt, long now, long current) {
                return current;
            }
        }).build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = maxAge.isZero() ? null : verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        JsonWebToken jwt = parser.parse(token);
        if (remainingNanos(jwt) > 0) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** How long the verified token may be reused: until its own end or the cache's limit, whichever is first. */
    long remainingNanos(JsonWebToken jwt) {
        Instant now = Instant.now();
        Instant until = now.plus(maxAge);
        if (jwt.getExpirationTime() > 0) {
            until = min(until, Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        if (tokenAgeSeconds.isPresent() && jwt.getIssuedAtTime() > 0) {
            until = min(until, Instant.ofEpochSecond(jwt.getIssuedAtTime() + tokenAgeSeconds.get()));
        }
        return Math.max(0, Duration.between(now, until).toNanos());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // Other ways of reading a token (a context of the caller's, a key of the caller's) are not the service's
    // own authentication: they are passed through unremembered.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
