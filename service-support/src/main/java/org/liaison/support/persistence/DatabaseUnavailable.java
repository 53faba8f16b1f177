package org.liaison.support.persistence;

import org.hibernate.exception.JDBCConnectionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Tells a failure that only says "the database cannot serve this right now" (the server is down, restarting,
 * refusing connections, no pooled connection came within the acquisition timeout, or it refuses writes: read-only,
 * out of disk) from every other one. Nothing was written when it happens before or during a transaction; the
 * request can be tried again later, which is what a 503 with Retry-After tells a client and what a consumer's retry
 * does.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or one of its causes is the database being unreachable or refusing writes. */
    public static boolean causedBy(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof ConnectException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || acquisitionTimeout(sql))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * The SQLStates of an unreachable server: class 08 (connection exception: refused, broken, failed), 57P01
     * (admin_shutdown), 57P02 (crash_shutdown), 57P03 (cannot_connect_now: starting up or recovering) and 53300
     * (too_many_connections); and of one that takes no writes for now: 25006 (read_only_sql_transaction: the database
     * or the server was made read-only, or a standby answers) and 53100 (disk_full). A write refused for those says
     * nothing about the data: a consumer that dead-lettered its event would lose a valid event for good (fault F11).
     */
    static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300") || state.equals("25006") || state.equals("53100"));
    }

    /**
     * Agroal's "no connection within the acquisition timeout", which carries neither an SQLState nor a cause: the
     * pool could not make or lend one in time.
     */
    private static boolean acquisitionTimeout(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null
                && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }
}
