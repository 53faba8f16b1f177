package org.liaison.dashboard.webhook;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The signing secrets: made here ({@code whsec_} + base64 of 32 random bytes, as Standard Webhooks has them) and
 * kept in the database encrypted with AES-GCM under {@code liaison.webhooks.secret-key}, so that a dump of the
 * database alone does not let anyone sign in an office's name. Without a key they are stored as they are
 * ({@code plain:}), and a warning says so; a key set later applies to secrets created or rotated from then on.
 */
@ApplicationScoped
@Startup
public class SecretBox {

    private static final Logger LOG = Logger.getLogger(SecretBox.class);
    static final String PREFIX = "whsec_";
    private static final String SEALED = "aesgcm:";
    private static final String PLAIN = "plain:";
    private static final int IV_BYTES = 12;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;

    public SecretBox(WebhookConfig config) {
        this.key = config.secretKey().filter(k -> !k.isBlank()).map(SecretBox::aesKey).orElse(null);
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

    /** The secret as stored. */
    public String seal(String secret) {
        if (key == null) {
            return PLAIN + secret;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a webhook secret", e);
        }
    }

    /** The secret from what is stored. */
    public String open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return stored.substring(PLAIN.length());
        }
        if (!stored.startsWith(SEALED)) {
            throw new IllegalStateException("a webhook secret is stored in an unknown form");
        }
        if (key == null) {
            throw new IllegalStateException("a webhook secret is encrypted but liaison.webhooks.secret-key is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(SEALED.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
            return new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt a webhook secret (was liaison.webhooks.secret-key changed?)", e);
        }
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
