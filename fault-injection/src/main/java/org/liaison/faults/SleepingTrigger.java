package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A trigger that sleeps in the transaction that fires it, put on a service's table for the length of a fault
 * (installed as the superuser, so it fires for the service's own role) and dropped on close, whatever happened: it
 * opens the window a fault needs (between publish and mark, between taking a sequence number and committing).
 */
final class SleepingTrigger implements AutoCloseable {

    private final Connection db;
    private final String name;
    private final String table;

    /**
     * @param event   when it fires, e.g. {@code after insert}
     * @param scope   for what, e.g. {@code for each row when (new.payload->>'nameEn' like 'slow%')}
     * @param seconds how long it holds the transaction
     */
    SleepingTrigger(Cluster cluster, LiaisonTopology.Service service, String name, String event, String table,
            String scope,
                    int seconds) throws SQLException {
        this.db = cluster.database(service);
        this.name = name;
        this.table = table;
        try (Statement sql = db.createStatement()) {
            sql.execute("create or replace function " + name + "_sleep() returns trigger language plpgsql as $$"
                    + " begin perform pg_sleep(" + seconds + "); return null; end $$");
            sql.execute("create trigger " + name + " " + event + " on " + table + " " + scope + " execute function "
                    + name + "_sleep()");
        } catch (SQLException e) {
            db.close();
            throw e;
        }
    }

    /** Drops the trigger (waiting for a transaction still sleeping in it) and its function. */
    @Override
    public void close() throws SQLException {
        try (db; Statement sql = db.createStatement()) {
            sql.execute("drop trigger if exists " + name + " on " + table);
            sql.execute("drop function if exists " + name + "_sleep()");
        }
    }
}
