package org.liaison.orgs.popolo;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct access to the private test database: empty it, and count what the outbox holds. */
@ApplicationScoped
public class PopoloTables {

    private final AgroalDataSource dataSource;

    public PopoloTables(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every orgs table emptied, as in a fresh database; the outbox is kept so that tests can count new rows. */
    public void wipe() {
        execute("truncate membership, person_name, person, organization_merge, organization_name, "
                + "organization cascade");
    }

    public long outboxRows() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from outbox_event")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
