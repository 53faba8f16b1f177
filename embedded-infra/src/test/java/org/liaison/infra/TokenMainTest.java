package org.liaison.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenMainTest {

    @TempDir
    Path keys;

    @Test
    void printsASignedTokenWithOfficeAndRoleAndKeepsTheKeyPair() throws Exception {
        String office = "4a227b67-c173-4e95-8a1d-000000000001";
        String token = TokenMain.run(new String[]{"--keys", keys.toString(), "--office", office, "--role", "editor",
                "--ttl", "30m"});
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, "a signed JWT");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"office\":\"" + office + "\""), claims);
        assertTrue(claims.contains("\"groups\":[\"editor\"]"), claims);
        assertTrue(claims.contains("\"iss\":\"liaison-local\""), claims);

        String publicKey = Files.readString(keys.resolve(LocalKeys.PUBLIC_KEY));
        TokenMain.run(new String[]{"--keys", keys.toString(), "--office", office, "--role", "reader"});
        assertEquals(publicKey, Files.readString(keys.resolve(LocalKeys.PUBLIC_KEY)), "generated once, then reused");
    }

    @Test
    void refusesAnUnknownRoleOrAMissingOffice() {
        assertThrows(IllegalArgumentException.class, () -> TokenMain.run(new String[]{"--keys", keys.toString(),
                "--office", "4a227b67-c173-4e95-8a1d-000000000001", "--role", "superuser"}));
        assertThrows(IllegalArgumentException.class,
                () -> TokenMain.run(new String[]{"--keys", keys.toString(), "--role", "admin"}));
        assertThrows(IllegalArgumentException.class, () -> TokenMain.run(new String[]{"--keys", keys.toString(),
                "--office", "SNC", "--role", "admin"}));
    }

    @Test
    void m5_aTokenLivesAtMostADay() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TokenMain.duration("10000d"));
        assertTrue(refused.getMessage().contains("24h"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TokenMain.duration("25h"));
        assertEquals(Duration.ofHours(24), TokenMain.duration("24h"));
    }

    @Test
    void m5_tokensCarryTheAudienceAndIssueTimeTheServicesCheck() {
        String token = TokenMain.run(new String[]{"--keys", keys.toString(), "--office",
                "4a227b67-c173-4e95-8a1d-000000000001", "--role", "admin"});
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"aud\":\"liaison\""), claims);
        assertTrue(claims.contains("\"iat\":"), claims);
    }

    @Test
    void l7_theKeyDirectoryAndPrivateKeyAreOwnerOnly() throws Exception {
        Path dir = keys.resolve("fresh");
        LocalKeys.inDirectory(dir);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)));
        assertEquals("rw-------",
                PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(LocalKeys.PRIVATE_KEY))));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left behind");
        }
    }

    @Test
    void readsTimeToLiveInHumanUnits() {
        assertEquals(Duration.ofHours(8), TokenMain.duration("8h"));
        assertEquals(Duration.ofMinutes(30), TokenMain.duration("30m"));
        assertEquals(Duration.ofDays(1), TokenMain.duration("1d"));
        assertThrows(IllegalArgumentException.class, () -> TokenMain.duration("soon"));
        assertThrows(IllegalArgumentException.class, () -> TokenMain.duration("0h"));
    }
}
