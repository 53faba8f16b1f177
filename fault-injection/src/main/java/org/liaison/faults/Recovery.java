package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.ServiceProcess;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * Recovery: the time until every instance is ready, no outbox row is pending and every consumer group is at lag 0,
 * all at once; and, for the report, when each of those first held, which tells where the time went.
 */
final class Recovery {

    private final Cluster cluster;
    private final Oracle oracle;
    private volatile String last = "not measured";

    Recovery(Cluster cluster, Oracle oracle) {
        this.cluster = cluster;
        this.oracle = oracle;
    }

    /** How long until the three conditions held together, or null if not within {@code max}. */
    Duration await(Duration max) {
        String[] names = {"every instance ready", "no outbox row pending", "lag 0"};
        BooleanSupplier[] conditions = {this::allReady, this::noPendingOutbox, this::noLag};
        long started = System.nanoTime();
        long deadline = started + max.toNanos();
        long[] firstHeld = {-1, -1, -1};
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (int i = 0; i < conditions.length; i++) {
                boolean held = conditions[i].getAsBoolean();
                if (held && firstHeld[i] < 0) {
                    firstHeld[i] = System.nanoTime() - started;
                }
                all &= held;
            }
            if (all) {
                StringBuilder breakdown = new StringBuilder();
                for (int i = 0; i < names.length; i++) {
                    breakdown.append(i == 0 ? "" : ", ").append(names[i])
                            .append(String.format(Locale.ROOT, " first at %.1f s", firstHeld[i] / 1e9));
                }
                last = breakdown.toString();
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Load.sleep(Duration.ofMillis(100));
        }
        last = "not recovered";
        return null;
    }

    /** When each condition of the last {@link #await} first held, from its start. */
    String last() {
        return last;
    }

    private boolean allReady() {
        return cluster.instances().stream().allMatch(ServiceProcess::isReady);
    }

    private boolean noPendingOutbox() {
        try {
            for (LiaisonTopology.Service service : Oracle.publishers()) {
                if (oracle.pendingOutboxRows(service) > 0) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException | SQLException e) {
            return false;
        }
    }

    private boolean noLag() {
        try {
            return oracle.lag().values().stream().allMatch(behind -> behind == 0);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
