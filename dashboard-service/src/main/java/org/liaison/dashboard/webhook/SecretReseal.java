package org.liaison.dashboard.webhook;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.UUID;

/**
 * The migration of stored secrets to the form bound to their subscription ({@link SecretBox}): at startup, when a
 * key is set, every secret and previous secret stored unbound ({@code aesgcm:}) or plain ({@code plain:}) is
 * sealed again with its subscription's id. Each row is rewritten only if it still holds what was read, so instances
 * starting together, or a rotation meanwhile, lose nothing; the version (ETag) does not change, the secret does
 * not either. A secret that does not open (another key) is left as it is and logged.
 */
@ApplicationScoped
public class SecretReseal {

    private static final Logger LOG = Logger.getLogger(SecretReseal.class);

    private final EntityManager entityManager;
    private final SecretBox secrets;

    public SecretReseal(EntityManager entityManager, SecretBox secrets) {
        this.entityManager = entityManager;
        this.secrets = secrets;
    }

    void onStart(@Observes StartupEvent event) {
        int resealed = resealAll();
        if (resealed > 0) {
            LOG.infof("Sealed %d webhook secrets bound to their subscriptions", resealed);
        }
    }

    /** @return how many secrets (current or previous) it sealed again */
    @Transactional
    @SuppressWarnings("unchecked")
    public int resealAll() {
        if (!secrets.sealing()) {
            return 0;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select id, secret, previous_secret from webhook_subscription
                         where secret not like 'aesgcm2:%' or previous_secret not like 'aesgcm2:%'""")
                .getResultList();
        int resealed = 0;
        for (Object[] row : rows) {
            UUID id = row[0] instanceof UUID u ? u : UUID.fromString(row[0].toString());
            resealed += reseal(id, "secret", (String) row[1]);
            resealed += reseal(id, "previous_secret", (String) row[2]);
        }
        return resealed;
    }

    private int reseal(UUID id, String column, String stored) {
        if (stored == null || secrets.current(stored)) {
            return 0;
        }
        String sealed;
        try {
            sealed = secrets.seal(id, secrets.open(id, stored));
        } catch (IllegalStateException e) {
            LOG.warnf("The %s of webhook %s stays as stored: %s", column.replace('_', ' '), id, e.getMessage());
            return 0;
        }
        return entityManager.createNativeQuery("update webhook_subscription set " + column + " = ?1 where id = ?2 and "
                        + column + " = ?3")
                .setParameter(1, sealed).setParameter(2, id).setParameter(3, stored).executeUpdate();
    }
}
