package org.liaison.orgs.common;

import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.liaison.names.ArabicNames;

import java.util.List;

/**
 * Recomputes the name indexes at startup where rows are missing (records written before the index existed)
 * or were computed by an older version of the normaliser ({@link ArabicNames#KEY_VERSION}), so that a change
 * of the folding rules never leaves old keys behind.
 */
@ApplicationScoped
public class NameKeyRefresh {

    private static final Logger LOG = Logger.getLogger(NameKeyRefresh.class);
    private static final int BATCH = 500;

    /** A name index that can find and re-index its stale records. */
    public interface StaleNames {
        /** What the index holds names of, for the log: "organisations". */
        String records();

        /** Re-indexes up to {@code limit} records whose rows are missing or older than {@code keyVersion}. */
        int refresh(int keyVersion, int limit);
    }

    private final List<StaleNames> indexes;

    public NameKeyRefresh(@All List<StaleNames> indexes) {
        this.indexes = indexes;
    }

    void onStart(@Observes StartupEvent event) {
        for (StaleNames index : indexes) {
            int refreshed = 0;
            int done;
            do {
                done = QuarkusTransaction.requiringNew().call(() -> index.refresh(ArabicNames.KEY_VERSION, BATCH));
                refreshed += done;
            } while (done == BATCH);
            if (refreshed > 0) {
                LOG.infof("Recomputed the name keys of %d %s (key version %d)", refreshed, index.records(),
                        ArabicNames.KEY_VERSION);
            }
        }
    }
}
