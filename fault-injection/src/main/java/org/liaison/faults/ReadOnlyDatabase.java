package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.Cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A service's database made read-only, as an operator does it ({@code ALTER DATABASE ... SET
 * default_transaction_read_only}): every write of its sessions fails with SQLState 25006, as on a standby. The setting
 * is read when a session starts, so the service's sessions are ended ({@code pg_terminate_backend}) at both ends: its
 * pool reconnects into the read-only database, and later into the writable one again.
 */
final class ReadOnlyDatabase implements WriteRefusal {

    private final Cluster cluster;
    private final LiaisonTopology.Service service;
    private boolean readOnly;

    ReadOnlyDatabase(Cluster cluster, LiaisonTopology.Service service) {
        this.cluster = cluster;
        this.service = service;
    }

    @Override
    public String what() {
        return "database " + service.database() + " made read-only";
    }

    @Override
    public void begin() throws SQLException {
        readOnly = true;
        alter("set default_transaction_read_only = on");
    }

    @Override
    public void end() throws SQLException {
        if (readOnly) {
            alter("reset default_transaction_read_only");
            readOnly = false;
        }
    }

    /** Run from the maintenance database: in a read-only one, ALTER DATABASE itself would be refused. */
    private void alter(String setting) throws SQLException {
        try (Connection db = cluster.maintenanceDatabase()) {
            try (Statement sql = db.createStatement()) {
                sql.execute("alter database " + service.database() + " " + setting);
            }
            try (PreparedStatement sql = db.prepareStatement("""
                    select count(pg_terminate_backend(pid)) from pg_stat_activity
                    where datname = ? and usename = ?""")) {
                sql.setString(1, service.database());
                sql.setString(2, service.databaseRole());
                try (ResultSet ended = sql.executeQuery()) {
                    ended.next();
                }
            }
        }
    }
}
