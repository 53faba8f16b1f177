package org.liaison.recommendations.recommendation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;
import org.liaison.names.ArabicNames;
import org.liaison.recommendations.model.Recommendation;

import java.util.List;
import java.util.UUID;

/**
 * Folds again at startup the search texts of recommendations folded by older rules ({@code search_key_version} below
 * {@link ArabicNames#KEY_VERSION}, or 0: written before the version was recorded), so that a change of the rules or of
 * what the text carries never leaves rows that {@code ?q=} misses. A migration cannot: the folding is Java.
 */
@ApplicationScoped
public class RecommendationSearchRefresh {

    private static final Logger LOG = Logger.getLogger(RecommendationSearchRefresh.class);
    private static final int BATCH = 500;

    private final EntityManager entityManager;

    public RecommendationSearchRefresh(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    void onStart(@Observes StartupEvent event) {
        int refreshed = refreshAll();
        if (refreshed > 0) {
            LOG.infof("Folded the search texts of %d recommendations again (key version %d)", refreshed,
                    ArabicNames.KEY_VERSION);
        }
    }

    /** Every stale row, in batches of their own transactions, walked by id; how many were rewritten. */
    public int refreshAll() {
        int refreshed = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            Batch batch = QuarkusTransaction.requiringNew().call(() -> refresh(from, BATCH));
            refreshed += batch.rewritten();
            if (batch.last() == null) {
                return refreshed;
            }
            after = batch.last();
        }
    }

    /** The last id read ({@code null} when the batch was the last) and how many of its rows were rewritten. */
    private record Batch(UUID last, int rewritten) {
    }

    private Batch refresh(UUID after, int limit) {
        // Walked by the primary key rather than searched for the stale ones again each batch: one pass over the
        // table in all, however many rows are stale.
        String sql = "select * from recommendation where search_key_version <> ?1"
                + (after == null ? "" : " and id > ?3") + " order by id limit ?2";
        Query query = entityManager.createNativeQuery(sql, Recommendation.class)
                .setParameter(1, ArabicNames.KEY_VERSION).setParameter(2, limit)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (after != null) {
            query.setParameter(3, after);
        }
        @SuppressWarnings("unchecked")
        List<Recommendation> rows = query.getResultList();
        int rewritten = 0;
        for (Recommendation r : rows) {
            // Only the version read: a write since then folded the text it wrote itself, by the current rules. The
            // version is not raised, so the recommendation's ETag and events do not change with its index.
            rewritten += entityManager.createNativeQuery("""
                            update recommendation set search_text = ?1, search_key_version = ?2
                            where id = ?3 and version = ?4""")
                    .setParameter(1, Recommendation.searchText(r.textAr, r.textEn, r.themes))
                    .setParameter(2, ArabicNames.KEY_VERSION).setParameter(3, r.id).setParameter(4, r.version)
                    .executeUpdate();
        }
        return new Batch(rows.size() < limit ? null : rows.get(rows.size() - 1).id, rewritten);
    }
}
