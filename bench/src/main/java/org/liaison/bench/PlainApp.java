package org.liaison.bench;

import org.liaison.infra.DatabaseBootstrap;
import org.liaison.infra.testing.Cluster;
import org.liaison.infra.testing.ServiceProcess;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The yardstick (module {@code bench/plain-app}): a plain Quarkus app with the services' persistence and REST
 * extensions, started alone through {@link ServiceProcess} as the services are (same JVM options, same readiness
 * check), on a database of its own on the cluster's PostgreSQL, owned by a role of its own as each service's is.
 */
final class PlainApp implements AutoCloseable {

    static final Path MODULE = Path.of("bench", "plain-app");
    static final String DATABASE = "bench_plain";
    private static final String ROLE = "bench_plain";
    private static final String PASSWORD = "bench-plain";

    final ServiceProcess process;
    private final Cluster cluster;

    private PlainApp(Cluster cluster, ServiceProcess process) {
        this.cluster = cluster;
        this.process = process;
    }

    /** Makes its database afresh (a bench run starts from an empty cluster anyway) and starts it; waits until ready. */
    static PlainApp start(Cluster cluster) throws SQLException {
        try (Connection maintenance = cluster.maintenanceDatabase(); Statement s = maintenance.createStatement()) {
            s.execute("drop database if exists " + DATABASE);
        }
        DatabaseBootstrap.ensureOwnerRole(cluster.jdbcBaseUrl(), cluster.postgres.endpoint("PG_USER"),
                cluster.postgres.endpoint("PG_PASSWORD"), DATABASE, ROLE, PASSWORD);
        ServiceProcess process = ServiceProcess.startModule(MODULE, "bench-plain-app", ServiceProcess.freePort(),
                Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", DatabaseBootstrap.databaseUrl(cluster.jdbcBaseUrl(), DATABASE),
                "QUARKUS_DATASOURCE_USERNAME", ROLE,
                "QUARKUS_DATASOURCE_PASSWORD", PASSWORD));
        return new PlainApp(cluster, process);
    }

    /**
     * Inserts {@code count} things in one statement (the table exists once the app is ready: Flyway made it) and
     * returns their ids in random order.
     */
    List<String> seed(int count) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(DatabaseBootstrap.databaseUrl(cluster.jdbcBaseUrl(), DATABASE),
                ROLE, PASSWORD); Statement s = db.createStatement()) {
            s.execute("insert into thing (id, version, name, created_at, updated_at) select gen_random_uuid(), 0, "
                    + "'thing ' || n, now(), now() from generate_series(1, " + count + ") n");
            s.execute("analyze thing");
            try (ResultSet rows = s.executeQuery("select id::text from thing order by random()")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    String baseUrl() {
        return process.baseUrl;
    }

    @Override
    public void close() {
        process.close();
    }
}
