package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples both organisation directories while a fault runs and notes any organisation whose version went down: a
 * consumer that applied an older state over a newer one, which the final fold check alone could miss.
 */
final class VersionWatch implements AutoCloseable {

    private final Oracle oracle;
    private final Thread sampler;
    private final Map<String, Long> highest = new HashMap<>();
    private final List<String> regressions = new ArrayList<>();
    private volatile boolean running = true;

    VersionWatch(Oracle oracle) {
        this.oracle = oracle;
        this.sampler = new Thread(this::sample, "version-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (running) {
            for (LiaisonTopology.Service service : Oracle.DIRECTORIES) {
                try {
                    oracle.directory(service).forEach((id, row) -> {
                        long version = Long.parseLong(row.substring(0, row.indexOf('|')));
                        String key = service.name() + "/" + id;
                        Long before = highest.put(key, version);
                        if (before != null && version < before) {
                            highest.put(key, before);
                            synchronized (regressions) {
                                regressions.add(key + " went from version " + before + " back to " + version);
                            }
                        }
                    });
                } catch (Exception e) {
                    // the database may be down on purpose; sample again later
                }
            }
            Load.sleep(Duration.ofMillis(250));
        }
    }

    /** Stops sampling; returns the regressions seen. */
    List<String> stop() {
        running = false;
        try {
            sampler.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (regressions) {
            return List.copyOf(regressions);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
