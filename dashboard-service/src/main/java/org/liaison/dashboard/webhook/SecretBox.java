package org.liaison.dashboard.webhook;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

/**
 * The signing secrets: made here ({@code whsec_} + base64 of 32 random bytes, as Standard Webhooks has them) and
 * kept in the database encrypted with AES-GCM under {@code liaison.webhooks.secret-key}, so that a dump of the
 * database alone does not let anyone sign in an office's name. The subscription's id is the GCM associated data
 * ({@code aesgcm2:}): a ciphertext copied onto another subscription's row does not open there, so write access to
 * the database alone does not let anyone have the dashboard sign with another office's secret either.
 * <p>
 * Earlier forms stay readable: {@code aesgcm:} (sealed before the binding, no associated data) opens while
 * {@code liaison.webhooks.accept-unbound-secrets} is on, and {@code plain:} (stored while no key was set) always.
 * {@link SecretReseal} seals both in the bound form at startup when a key is set. Without a key, secrets are
 * stored as they are ({@code plain:}), and a warning says so.
 */
@ApplicationScoped
@Startup
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class);
    static final String PREFIX = "whsec_";
    /** AES-GCM with the subscription id as associated data. */
    static final String BOUND = "aesgcm2:";
    /** AES-GCM without associated data: the form before the binding, read only. */
    static final String UNBOUND = "aesgcm:";
    static final String PLAIN = "plain:";
    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final boolean acceptUnbound;

    public SecretBox(WebhookConfig config) {
        this.key = config.secretKey().filter(k -> !k.isBlank()).map(SecretBox::aesKey).orElse(null);
        this.acceptUnbound = config.acceptUnboundSecrets();
        if (key == null) {
            LOG.warn("liaison.webhooks.secret-key is not set: webhook signing secrets are stored unencrypted");
        }
    }

    /** A new secret, in the form receivers pass to a Standard Webhooks library. */
    public String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PREFIX + Base64.getEncoder().encodeToString(bytes);
    }

    /** Whether a key is set (so that secrets are sealed). */
    public boolean sealing() {
        return key != null;
    }

    /** The secret of {@code subscription} as stored. */
    public String seal(UUID subscription, String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            cipher.updateAAD(associatedData(subscription));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return BOUND
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    /**
     * The secret of {@code subscription} from what is stored.
     *
     * @throws IllegalStateException when it does not open: sealed for another subscription, under another key, or
     *                               unbound while those are no longer accepted
     */
    public String open(UUID subscription, String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        boolean bound = stored.startsWith(BOUND);
        if (!bound && !stored.startsWith(UNBOUND)) {
            throw new IllegalStateException("a webhook secret is stored in an unknown form");
        }
        if (key == null) {
            throw new IllegalStateException("a webhook secret is encrypted but liaison.webhooks.secret-key is not set");
        }
        if (!bound && !acceptUnbound) {
            throw new IllegalStateException("a webhook secret is sealed without its subscription and"
                    + " liaison.webhooks.accept-unbound-secrets is off");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(bound ? BOUND.length() : UNBOUND.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            if (bound) {
                cipher.updateAAD(associatedData(subscription));
            }
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt the webhook secret of " + subscription
                    + " (sealed for another subscription, or was liaison.webhooks.secret-key changed?)", e);
        }
    }

    /** Whether {@code stored} is in the form {@link #seal} writes now. */
    public boolean current(String stored) {
        return key == null ? stored.startsWith(PLAIN) : stored.startsWith(BOUND);
    }

    private static byte[] associatedData(UUID subscription) {
        return ("liaison-webhook-secret:" + subscription).getBytes(StandardCharsets.UTF_8);
    }

    private static SecretKeySpec aesKey(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("liaison.webhooks.secret-key must be base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("liaison.webhooks.secret-key must be 32 bytes (base64 of 32 random bytes)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
