package org.liaison.support.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes a create safe to retry with an {@code Idempotency-Key}: the first request runs it, a retry with the
 * same key and the same request gets the first response again (with {@code Idempotent-Replayed: true}).
 * Keys are scoped by the caller's office, so offices never see each other's keys.
 * <ol>
 *   <li>The key is claimed by one statement committed at once, so a concurrent duplicate sees it at once (409).</li>
 *   <li>The create runs in a transaction that also records its response, so "created" and "response recorded"
 *   commit together or not at all: no crash leaves a record behind whose key would create it a second time.</li>
 *   <li>A create that fails (or answers other than 2xx) frees the key again, so a corrected retry can run.</li>
 *   <li>The create holds a lock on the key while it runs; a claim older than a moment whose lock is free was
 *   abandoned (its instance died, or it could not free the key) and a retry takes it over.</li>
 * </ol>
 * The create's services must join the caller's transaction ({@code @Transactional}'s default REQUIRED);
 * a REQUIRES_NEW service would commit apart from the recorded response.
 */
@ApplicationScoped
public class IdempotentCreate {

    private static final Logger LOG = Logger.getLogger(IdempotentCreate.class);
    static final String ANONYMOUS = "anonymous";

    private final IdempotencyStore store;
    private final CurrentActor actor;
    private final ObjectMapper mapper;
    private final Counter replays;

    public IdempotentCreate(IdempotencyStore store, CurrentActor actor, ObjectMapper mapper, MeterRegistry registry) {
        this.store = store;
        this.actor = actor;
        this.mapper = mapper;
        this.replays = Counter.builder("liaison.idempotency.replays")
                .description("Creates answered again from an Idempotency-Key's stored response (a client's retry)")
                .register(registry);
    }

    /**
     * The usual case: a POST of {@code body} (the request record as read) to {@code uri}'s path.
     *
     * @see #run(String, String, Supplier)
     */
    public Response run(String key, UriInfo uri, Object body, Supplier<Response> create) {
        String fingerprint = key == null ? null : fingerprint(HttpMethod.POST, uri.getRequestUri().getRawPath(), body);
        return run(key, fingerprint, create);
    }

    /** The fingerprint of a request: pass the method, the raw path and the body as read (the request record). */
    public String fingerprint(String method, String path, Object body) {
        return RequestFingerprint.of(mapper, method, path, body);
    }

    /**
     * @param key         the {@code Idempotency-Key} header, null when the client sent none (then this only runs
     *                    {@code create})
     * @param fingerprint from {@link #fingerprint}
     * @param create      builds the 201 response; its service calls join the transaction opened here
     * @throws ProblemException 400 for a malformed key, 409 while the same key is in progress, 422 when the key
     *                          was used for a different request
     */
    public Response run(String key, String fingerprint, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        IdempotencyKeys.requireValid(key);
        String office = namespace();
        // Twice at most: a key can expire or be released between the failed claim and the look-up.
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<UUID> claim = store.tryClaim(office, key, fingerprint);
            if (claim.isPresent()) {
                return createOnce(office, key, claim.get(), create);
            }
            Optional<ExistingKey> existing = store.find(office, key);
            if (existing.isPresent()) {
                return answerFor(existing.get(), fingerprint);
            }
        }
        throw inProgress();
    }

    private Response createOnce(String office, String key, UUID claim, Supplier<Response> create) {
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                store.holdClaim(office, key);
                Response response = create.get();
                if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                    store.release(office, key, claim);
                } else if (!store.complete(office, key, claim, StoredResponse.of(response, mapper))) {
                    throw new IllegalStateException("idempotency claim " + claim + " was taken over before the create "
                            + "finished; liaison.idempotency.lease-timeout is shorter than the create took");
                }
                return response;
            });
        } catch (RuntimeException e) {
            releaseQuietly(office, key, claim, e);
            throw e;
        }
    }

    private Response answerFor(ExistingKey existing, String fingerprint) {
        if (!existing.fingerprint().equals(fingerprint)) {
            String message = "was already used for a different request; send a new key for a new request";
            throw ProblemException.unprocessable(IdempotencyKeys.HEADER + " " + message,
                    new Problem.FieldError(IdempotencyKeys.HEADER, message));
        }
        if (!existing.completed()) {
            throw inProgress();
        }
        replays.increment();
        return existing.response().replay();
    }

    private static ProblemException inProgress() {
        return ProblemException.conflict(
                "a request with this Idempotency-Key is still being processed; retry in a moment to get its response",
                Map.of()).withHeader("Retry-After", "1");
    }

    private void releaseQuietly(String office, String key, UUID claim, RuntimeException failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> store.release(office, key, claim));
        } catch (RuntimeException e) {
            // The lease runs out instead; until then a retry is told 409 "in progress".
            failure.addSuppressed(e);
            LOG.warnf("Could not release idempotency claim %s after a failed create: %s", claim, e.toString());
        }
    }

    /**
     * Whose keys these are: the office and the subject together. A key is the client's own retry handle, so a
     * colleague of the same office who sends the same key and body gets an answer of their own, never the stored
     * answer of another person (which may hold what only that person's role may see).
     */
    private String namespace() {
        Optional<UUID> office = actor.office();
        Optional<String> subject = actor.subject();
        if (office.isPresent()) {
            return office.get() + subject.map(s -> "|subject:" + s).orElse("");
        }
        // A token without an office (e.g. a system or an admin) gets its own space rather than sharing one.
        return subject.map(s -> "subject:" + s).orElse(ANONYMOUS);
    }
}
