package org.liaison.meetings.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.liaison.names.ArabicNames;

/**
 * Writes the search rows missing at startup (meetings recorded before the index existed) or folded by an older
 * version of the normaliser ({@link ArabicNames#KEY_VERSION}), in batches of their own transactions.
 */
@ApplicationScoped
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class);
    private static final int BATCH = 200;

    private final MeetingSearchIndex index;

    public SearchIndexStartup(MeetingSearchIndex index) {
        this.index = index;
    }

    void onStart(@Observes StartupEvent event) {
        int refreshed = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> index.refreshStale(BATCH));
            refreshed += done;
        } while (done == BATCH);
        if (refreshed > 0) {
            LOG.infof("Indexed %d meetings for search (key version %d)", refreshed, ArabicNames.KEY_VERSION);
        }
    }
}
