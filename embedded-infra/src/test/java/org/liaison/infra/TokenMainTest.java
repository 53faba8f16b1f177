package org.liaison.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        String token = TokenMain.run(new String[]{"--keys", keys.toString(), "--office", office, "--role", "editor", "--ttl", "30m"});
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
        assertThrows(IllegalArgumentException.class, () -> TokenMain.run(new String[]{"--keys", keys.toString(), "--role", "admin"}));
        assertThrows(IllegalArgumentException.class, () -> TokenMain.run(new String[]{"--keys", keys.toString(),
                "--office", "SNC", "--role", "admin"}));
    }

    @Test
    void readsTimeToLiveInHumanUnits() {
        assertEquals(Duration.ofHours(8), TokenMain.duration("8h"));
        assertEquals(Duration.ofMinutes(30), TokenMain.duration("30m"));
        assertEquals(Duration.ofDays(2), TokenMain.duration("2d"));
        assertThrows(IllegalArgumentException.class, () -> TokenMain.duration("soon"));
        assertThrows(IllegalArgumentException.class, () -> TokenMain.duration("0h"));
    }
}
