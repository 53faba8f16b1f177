package org.liaison.orgs.organization;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.liaison.names.ArabicNames;

import java.util.List;

/**
 * Recomputes the name index at startup where it is missing (organisations registered before it existed) or
 * was computed by an older version of the normaliser ({@link ArabicNames#KEY_VERSION}), so that a change of
 * the folding rules never leaves old keys behind.
 */
@ApplicationScoped
public class NameKeyRefresh {

    private static final Logger LOG = Logger.getLogger(NameKeyRefresh.class);
    private static final int BATCH = 500;

    private final OrganizationNames names;

    public NameKeyRefresh(OrganizationNames names) {
        this.names = names;
    }

    void onStart(@Observes StartupEvent event) {
        int refreshed = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(this::refreshBatch);
            refreshed += done;
        } while (done == BATCH);
        if (refreshed > 0) {
            LOG.infof("Recomputed the name keys of %d organisations (key version %d)", refreshed, ArabicNames.KEY_VERSION);
        }
    }

    private int refreshBatch() {
        List<Organization> stale = Organization.<Organization>find("""
                        from Organization o
                        where not exists (select 1 from OrganizationName n where n.organizationId = o.id)
                           or exists (select 1 from OrganizationName n where n.organizationId = o.id and n.keyVersion < ?1)""",
                ArabicNames.KEY_VERSION).page(0, BATCH).list();
        stale.forEach(names::index);
        return stale.size();
    }
}
