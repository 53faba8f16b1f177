package org.liaison.dashboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.liaison.support.http.Preconditions;
import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.paging.KeysetPages;
import org.liaison.support.paging.KeysetQuery;
import org.liaison.support.paging.Page;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.security.CurrentActor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Subscriptions: the transaction boundary of the webhook API. A subscription belongs to the office of the token
 * that made it; that office's editors (and admins) change it, its readers read it, admins see every office's.
 * To anyone else it does not exist (404), so one office cannot learn another's.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private final EntityManager entityManager;
    private final CurrentActor actor;
    private final TargetGuard guard;
    private final SecretBox secrets;
    private final DeliveryStore deliveries;
    private final WebhookConfig config;

    public WebhookService(EntityManager entityManager, CurrentActor actor, TargetGuard guard, SecretBox secrets,
                          DeliveryStore deliveries, WebhookConfig config) {
        this.entityManager = entityManager;
        this.actor = actor;
        this.guard = guard;
        this.secrets = secrets;
        this.deliveries = deliveries;
        this.config = config;
    }

    public WebhookView create(WebhookRequests.Create request) {
        UUID office = actor.office().orElseThrow(() -> ProblemException.forbidden(
                "a webhook belongs to an office: your token names none (office claim)"));
        guard.requireAllowed("url", request.url());
        long existing = entityManager.createQuery("select count(*) from WebhookSubscription where office = ?1",
                Long.class)
                .setParameter(1, office).getSingleResult();
        if (existing >= config.maxPerOffice()) {
            throw ProblemException.conflict("your office already has " + existing + " webhooks, the most it may have",
                    Map.of("max", config.maxPerOffice()));
        }
        String secret = secrets.newSecret();
        Instant now = Instant.now();
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.office = office;
        s.url = request.url();
        s.types = request.types() == null ? new ArrayList<>() : new ArrayList<>(request.types());
        s.organizationId = request.organizationId();
        s.subject = request.subject();
        s.secret = secrets.seal(s.id, secret);
        s.status = WebhookSubscription.ACTIVE;
        s.createdAt = now;
        s.updatedAt = now;
        entityManager.persist(s);
        entityManager.flush();
        return WebhookView.of(s, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookView get(UUID id) {
        return WebhookView.of(visible(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookView> list(int limit, String cursorToken) {
        KeysetQuery keyset = KeysetQuery.oldestFirst(cursorToken);
        if (!actor.isAdmin()) {
            keyset.where("office = ?", actor.office().orElse(null));
        }
        KeysetQuery.Clause page = keyset.page();
        KeysetQuery.Clause count = keyset.count();
        var query = page.bind(entityManager.createQuery("from WebhookSubscription " + page.text(),
                WebhookSubscription.class));
        var total = count.bind(entityManager.createQuery("select count(*) from WebhookSubscription " + count.text(),
                Long.class));
        return KeysetPages.of(query.setMaxResults(limit + 1).getResultList(), limit, total.getSingleResult(),
                s -> new KeysetCursor(s.createdAt, s.id), WebhookView::of);
    }

    public WebhookView update(UUID id, String ifMatch, WebhookRequests.Update request) {
        WebhookSubscription s = managed(id);
        Preconditions.requireIfMatch(ifMatch, s.version);
        if (request.url() != null) {
            guard.requireAllowed("url", request.url());
            s.url = request.url();
        }
        if (request.types() != null) {
            s.types = new ArrayList<>(request.types());
        }
        if (request.organizationId() != null) {
            s.organizationId = request.organizationId().isEmpty() ? null : UUID.fromString(request.organizationId());
        }
        if (request.subject() != null) {
            s.subject = request.subject().isEmpty() ? null : request.subject();
        }
        if (Boolean.FALSE.equals(request.active())) {
            s.status = WebhookSubscription.DISABLED;
        } else if (Boolean.TRUE.equals(request.active())) {
            activate(s);
        }
        s.updatedAt = Instant.now();
        entityManager.flush();
        return WebhookView.of(s);
    }

    /** Active again after a pause (or after {@code active: false}); the paused deliveries are due at once. */
    public WebhookView resume(UUID id) {
        WebhookSubscription s = managed(id);
        activate(s);
        s.updatedAt = Instant.now();
        entityManager.flush();
        return WebhookView.of(s);
    }

    /** A new secret, shown once; the previous one still signs (a second signature) for the rotation overlap. */
    public WebhookView rotateSecret(UUID id) {
        WebhookSubscription s = managed(id);
        String secret = secrets.newSecret();
        s.previousSecret = s.secret;
        s.previousSecretUntil = Instant.now().plus(config.rotationOverlap());
        s.secret = secrets.seal(s.id, secret);
        s.updatedAt = Instant.now();
        entityManager.flush();
        return WebhookView.of(s, secret);
    }

    public void delete(UUID id) {
        WebhookSubscription subscription = managed(id);
        // The delivery worker locks a delivery before its subscription; removing the deliveries first takes the
        // locks in that same order, where the cascade from the subscription would take them the other way round
        // and could deadlock with a delivery in flight.
        entityManager.createNativeQuery("delete from webhook_delivery where subscription_id = ?1")
                .setParameter(1, id).executeUpdate();
        entityManager.remove(subscription);
    }

    /** The subscription if the caller may see it; else 404, whether or not it exists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WebhookSubscription visible(UUID id) {
        WebhookSubscription s = entityManager.find(WebhookSubscription.class, id);
        if (s == null || !(actor.isAdmin() || actor.office().map(s.office::equals).orElse(false))) {
            throw ProblemException.notFound("webhook", id);
        }
        return s;
    }

    private WebhookSubscription managed(UUID id) {
        WebhookSubscription s = visible(id);
        actor.requireMayChange("webhook " + id, List.of(s.office));
        return s;
    }

    private void activate(WebhookSubscription s) {
        if (!WebhookSubscription.ACTIVE.equals(s.status)) {
            s.status = WebhookSubscription.ACTIVE;
            s.pausedReason = null;
            s.pausedAt = null;
            entityManager.flush();
            deliveries.requeue(s.id);
            entityManager.refresh(s);
        }
    }
}
