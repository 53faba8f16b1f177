package org.liaison.dashboard.webhook;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Standard Webhooks headers of one attempt: {@code webhook-id} (the delivery's id, the same on every retry, so
 * a receiver can drop duplicates), {@code webhook-timestamp} (seconds, new on every attempt) and
 * {@code webhook-signature} ({@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}, made by the reference
 * library). Within a rotation's overlap the previous secret signs too, as a second space-separated signature.
 */
@ApplicationScoped
public class WebhookSigner {

    public static final String ID = "webhook-id";
    public static final String TIMESTAMP = "webhook-timestamp";
    public static final String SIGNATURE = "webhook-signature";

    private final SecretBox secrets;

    public WebhookSigner(SecretBox secrets) {
        this.secrets = secrets;
    }

    public Map<String, String> headers(WebhookSubscription subscription, String messageId, Instant now,
            String payload) {
        long timestamp = now.getEpochSecond();
        String signature = sign(secrets.open(subscription.id, subscription.secret), messageId, timestamp, payload);
        if (subscription.previousSecret != null && subscription.previousSecretUntil != null
                && now.isBefore(subscription.previousSecretUntil)) {
            signature += " "
                    + sign(secrets.open(subscription.id, subscription.previousSecret), messageId, timestamp, payload);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ID, messageId);
        headers.put(TIMESTAMP, Long.toString(timestamp));
        headers.put(SIGNATURE, signature);
        return headers;
    }

    private static String sign(String secret, String messageId, long timestamp, String payload) {
        try {
            return new Webhook(secret).sign(messageId, timestamp, payload);
        } catch (EmptyWebhookSecretException | WebhookSigningException e) {
            throw new IllegalStateException("cannot sign a webhook: " + e.getMessage(), e);
        }
    }
}
