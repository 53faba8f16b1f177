package org.liaison.support.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.liaison.support.background.BackgroundQueue;

import java.util.List;

/**
 * Runs the rebuilds that migrations ask for ({@code read_model_rebuild_request}): a migration that adds a column to a
 * read model's table names the model there, and once the service runs, the model is rebuilt from its topic, filling
 * the column for the rows kept before, and the request deleted. A rebuild that fails (the broker not reachable yet)
 * is tried again after the poll interval; a request naming no read model of this service is dropped with an error.
 */
@ApplicationScoped
public class RequestedRebuilds extends BackgroundQueue {

    private static final Logger LOG = Logger.getLogger(RequestedRebuilds.class);

    private final EntityManager entityManager;
    private final ReadModelRebuild rebuild;

    public RequestedRebuilds(EntityManager entityManager, ReadModelRebuild rebuild, RebuildConfig config,
                             TransactionSynchronizationRegistry transactions) {
        super("requested-read-model-rebuilds", config.requestPollInterval(), transactions);
        this.entityManager = entityManager;
        this.rebuild = rebuild;
    }

    /**
     * Asks for a rebuild of the read model {@code name}, as a migration does, in the caller's transaction; it runs
     * once that commits. A rebuild already asked for and not run yet keeps its reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void request(String name, String reason) {
        entityManager.createNativeQuery("""
                        insert into read_model_rebuild_request (name, reason) values (?1, ?2)
                        on conflict (name) do nothing""")
                .setParameter(1, name).setParameter(2, reason).executeUpdate();
        wakeUpAfterCommit();
    }

    @Override
    protected boolean runOneBatch() {
        List<Object[]> next = QuarkusTransaction.requiringNew().call(this::oldestRequest);
        if (next.isEmpty()) {
            return false;
        }
        String name = (String) next.get(0)[0];
        String reason = (String) next.get(0)[1];
        if (rebuild.list().stream().noneMatch(model -> model.name().equals(name))) {
            LOG.errorf("A migration asked to rebuild read model %s (%s), which this service does not keep; dropped",
                    name, reason);
            delete(name);
            return true;
        }
        try {
            RebuildReport report = rebuild.rebuild(name);
            delete(name);
            LOG.infof("Rebuilt read model %s as a migration asked (%s): %d events read, %d rows added, %d changed",
                    name, reason, report.events(), report.added(), report.changed());
            return true;
        } catch (Exception e) {
            LOG.warnf(e, "Could not rebuild read model %s as a migration asked (%s); trying again later", name,
                    reason);
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> oldestRequest() {
        return entityManager.createNativeQuery(
                "select name, reason from read_model_rebuild_request order by requested_at, name limit 1")
                .getResultList();
    }

    private void delete(String name) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "delete from read_model_rebuild_request where name = ?1").setParameter(1, name).executeUpdate());
    }
}
