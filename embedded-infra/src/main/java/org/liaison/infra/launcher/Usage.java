package org.liaison.infra.launcher;

import org.liaison.infra.LiaisonTopology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * {@code ./liaison help}: the commands and the environment ({@code usage.txt} next to this class), with the services,
 * ports and heaps of the topology filled in.
 */
final class Usage {

    private Usage() {
    }

    static String text() {
        String services = LiaisonTopology.SERVICES.stream().map(s -> s.name() + " :" + s.port())
                .collect(Collectors.joining(", "));
        String heaps = LiaisonTopology.SERVICES.stream().map(s -> s.name() + " -Xmx" + s.heapMiB() + "m")
                .collect(Collectors.joining(", "));
        try (InputStream in = Usage.class.getResourceAsStream("usage.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).formatted(services,
                    Up.url(LiaisonTopology.DASHBOARD), Components.list(), LiaisonTopology.POSTGRES_PORT,
                    LiaisonTopology.KAFKA_PORT, heaps);
        } catch (IOException e) {
            throw new UncheckedIOException("usage.txt is missing from the launcher", e);
        }
    }
}
