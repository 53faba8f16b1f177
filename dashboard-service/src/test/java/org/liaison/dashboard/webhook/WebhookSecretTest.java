package org.liaison.dashboard.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.liaison.dashboard.DashboardTestResource;
import org.liaison.infra.testing.TestTokens;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * M6 (security review, webhook part): a sealed signing secret is bound to its subscription. Someone who can
 * write the database but not read the key cannot move one office's secret to a subscription of their own and
 * have the dashboard sign with it there.
 */
@QuarkusTest
@WithTestResource(DashboardTestResource.class)
class WebhookSecretTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    EntityManager entityManager;

    @Inject
    SecretReseal reseal;

    @Test
    void m6_aSecretCopiedToAnotherSubscriptionDoesNotSignThere() throws Exception {
        UUID org = UUID.randomUUID();
        String victimToken = TestTokens.editor(UUID.randomUUID());
        String attackerToken = TestTokens.editor(UUID.randomUUID());
        try (Receiver victim = new Receiver(0); Receiver attacker = new Receiver(0); Publish publish = new Publish()) {
            var victimHook = Hooks.create(victimToken, Map.of("url", victim.url(), "organizationId", org.toString()));
            var attackerHook = Hooks.create(attackerToken,
                    Map.of("url", attacker.url(), "organizationId", org.toString()));
            String victimSecret = victimHook.getString("secret");
            victim.verifyWith(victimSecret);
            attacker.verifyWith(attackerHook.getString("secret"));
            String attackerId = attackerHook.getString("id");
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                            update webhook_subscription set secret = (select secret from webhook_subscription
                                where id = ?1)
                             where id = ?2""")
                    .setParameter(1, UUID.fromString(victimHook.getString("id")))
                    .setParameter(2, UUID.fromString(attackerId)).executeUpdate());

            String eventId = publish.organization(org, "السر المنسوخ");
            await().atMost(PATIENCE).until(() -> victim.successesFor(eventId) == 1);
            await().atMost(PATIENCE).until(() -> !Hooks.attempts(attackerToken, attackerId).isEmpty());

            assertTrue(attacker.requests().stream().noneMatch(r -> r.verifiedWith(victimSecret)),
                    "nothing signed with the victim's secret reached the attacker's receiver");
            List<Map<String, Object>> attempts = Hooks.attempts(attackerToken, attackerId);
            assertEquals(null, attempts.get(0).get("statusCode"), "not sent at all: " + attempts);
            assertTrue(String.valueOf(attempts.get(0).get("error")).startsWith("not sent"), "" + attempts);
            Hooks.delete(victimToken, victimHook.getString("id"));
            Hooks.delete(attackerToken, attackerId);
        }
    }

    @Test
    void m6_aSecretSealedBeforeTheBindingStillSignsAndIsSealedBoundAtStartup() throws Exception {
        UUID org = UUID.randomUUID();
        String token = TestTokens.editor(UUID.randomUUID());
        try (Receiver receiver = new Receiver(0); Publish publish = new Publish()) {
            String id = Hooks.create(token, Map.of("url", receiver.url(), "organizationId", org.toString()))
                    .getString("id");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String secret = "whsec_" + Base64.getEncoder().encodeToString(random);
            String unbound = unboundSeal(secret);
            setSecret(id, unbound);
            receiver.verifyWith(secret);

            String before = publish.organization(org, "قبل إعادة الختم");
            await().atMost(PATIENCE).until(() -> receiver.successesFor(before) == 1);

            assertTrue(reseal.resealAll() >= 1);
            String stored = storedSecret(id);
            assertTrue(stored.startsWith("aesgcm2:"), stored);
            assertEquals(0, reseal.resealAll(), "a second run finds nothing to do");

            String after = publish.organization(org, "بعد إعادة الختم");
            await().atMost(PATIENCE).until(() -> receiver.successesFor(after) == 1);
            assertTrue(receiver.requests().stream().allMatch(Receiver.Request::verified));
            Hooks.delete(token, id);
        }
    }

    /** The stored form before the binding: AES-GCM under the configured key, without associated data. */
    private static String unboundSeal(String secret) throws Exception {
        byte[] key = Base64.getDecoder().decode(
                ConfigProvider.getConfig().getValue("liaison.webhooks.secret-key", String.class));
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        return "aesgcm:"
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    private void setSecret(String id, String stored) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "update webhook_subscription set secret = ?1 where id = ?2")
                .setParameter(1, stored).setParameter(2, UUID.fromString(id)).executeUpdate());
    }

    private String storedSecret(String id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select secret from webhook_subscription where id = ?1")
                .setParameter(1, UUID.fromString(id)).getSingleResult());
    }
}
