package org.liaison.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The local signing key of {@code ./liaison token}: an RSA key pair generated on first use and kept out
 * of git (under {@code .liaison/keys}). The services verify tokens with {@code public.pem}; in production
 * they verify an identity provider's tokens instead (README, "Access").
 */
public final class LocalKeys {

    public static final String PRIVATE_KEY = "private.pem";
    public static final String PUBLIC_KEY = "public.pem";
    /** The {@code iss} of locally signed tokens; services accept it by default ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "liaison-local";

    private final Path dir;

    private LocalKeys(Path dir) {
        this.dir = dir;
    }

    /** Opens the key pair in {@code dir}, generating it first if it is not there. */
    public static synchronized LocalKeys inDirectory(Path dir) {
        LocalKeys keys = new LocalKeys(dir);
        if (!Files.isRegularFile(keys.privateKeyFile()) || !Files.isRegularFile(keys.publicKeyFile())) {
            keys.generate();
        }
        return keys;
    }

    public Path publicKeyFile() {
        return dir.resolve(PUBLIC_KEY);
    }

    public Path privateKeyFile() {
        return dir.resolve(PRIVATE_KEY);
    }

    public PrivateKey privateKey() {
        try {
            String pem = Files.readString(privateKeyFile(), StandardCharsets.US_ASCII);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable private key " + privateKeyFile(), e);
        }
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            OwnerOnlyFiles.createDirectories(dir);
            OwnerOnlyFiles.writeAtomically(privateKeyFile(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKeyFile(), pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                    StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key pair", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
