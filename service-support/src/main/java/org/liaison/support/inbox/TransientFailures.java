package org.liaison.support.inbox;

import org.liaison.support.persistence.DatabaseUnavailable;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientException;

/** Tells a failure that will pass (the database restarting, a deadlock) from one that will not. */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        if (DatabaseUnavailable.causedBy(failure)) {
            // including Agroal's acquisition timeout, which has no SQLState: not a reason to dead-letter an event
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exception; 40: rollback (serialization, deadlock); 53: insufficient
                // resources; 57P: operator intervention (server shutting down or restarting).
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                        || state.startsWith("57P")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
