package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Samples both organisation directories while a fault runs and notes any organisation whose version went down: a
 * consumer that applied an older state over a newer one, which the final fold check alone could miss.
 */
final class VersionWatch extends Watch {

    private final Oracle oracle;
    private final Map<String, Long> highest = new HashMap<>();

    VersionWatch(Oracle oracle) {
        super("version-watch", Duration.ofMillis(250));
        this.oracle = oracle;
        start();
    }

    @Override
    void sample() throws Exception {
        for (LiaisonTopology.Service service : Oracle.DIRECTORIES) {
            oracle.readModels.directory(service).forEach((id, row) -> {
                long version = Long.parseLong(row.substring(0, row.indexOf('|')));
                String key = service.name() + "/" + id;
                Long before = highest.get(key);
                highest.merge(key, version, Math::max);
                if (before != null && version < before) {
                    found(key + " went from version " + before + " back to " + version);
                }
            });
        }
    }
}
