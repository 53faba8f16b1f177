package org.liaison.infra.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code .env} a service reads in dev mode gives back every value as written, whatever characters it has, and for
 * the dev profile only: the tests run in the same directory and read it too.
 */
class DevEnvironmentTest {

    @TempDir
    Path module;

    @Test
    void valuesComeBackAsTheyWereWhenReadAsSmallRyeReadsTheFile() throws Exception {
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/orgs?sslmode=disable",
                "QUARKUS_DATASOURCE_PASSWORD", " a pass#word with \\ = : \"quotes\"",
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:/home/someone/liaison/.liaison/keys/public.pem");
        Path file = DevEnvironment.write(module, environment);

        assertEquals(module.resolve(".env"), file);
        assertTrue(Files.readString(file).startsWith(DevEnvironment.HEADER));
        Properties read = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(reader);
        }
        Map<String, String> expected = new HashMap<>();
        environment.forEach((name, value) -> expected.put("_DEV_" + name, value));
        assertEquals(expected, Map.copyOf((Map) read), "every setting for the dev profile only, value as it was");
    }
}
