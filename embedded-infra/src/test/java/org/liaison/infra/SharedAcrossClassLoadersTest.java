package org.liaison.infra;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** Quarkus loads test dependencies once per application: shared() must still start the servers only once. */
class SharedAcrossClassLoadersTest {

    @Test
    void anotherClassLoaderAttachesToTheRunningServers() throws Exception {
        EmbeddedInfra mine = EmbeddedInfra.shared();

        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<URL> urls = new ArrayList<>();
        for (String entry : cp.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.add(new File(entry).toURI().toURL());
            }
        }
        try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader())) {
            Class<?> other = Class.forName(EmbeddedInfra.class.getName(), true, isolated);
            assertNotSame(EmbeddedInfra.class, other, "a second copy of the class");
            Object theirs = other.getMethod("shared").invoke(null);
            assertEquals(mine.bootstrapServers(), other.getMethod("bootstrapServers").invoke(theirs));
            assertEquals(mine.jdbcUrl("orgs"), other.getMethod("jdbcUrl", String.class).invoke(theirs, "orgs"));
            assertEquals(mine.pgUser(), other.getMethod("pgUser").invoke(theirs));
        }
    }
}
