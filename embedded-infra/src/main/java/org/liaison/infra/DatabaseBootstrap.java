package org.liaison.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** Creates the service databases on a PostgreSQL server (embedded or external) when they are missing. */
public final class DatabaseBootstrap {

    private static final Logger LOG = Logger.getLogger(DatabaseBootstrap.class.getName());
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);

    private DatabaseBootstrap() {
    }

    /**
     * Connects to the {@code postgres} maintenance database of the server at {@code serverJdbcUrl}
     * ({@code jdbc:postgresql://host:port}, no database name; query parameters are kept) and runs
     * {@code CREATE DATABASE} for each name that does not exist yet. Waits up to 60 s for the server
     * to accept connections. Safe against concurrent callers.
     */
    public static void ensureDatabases(String serverJdbcUrl, String user, String password, List<String> names) {
        String url = databaseUrl(serverJdbcUrl, "postgres");
        try (Connection c = connectWithRetry(url, user, password)) {
            for (String name : names) {
                if (!SAFE_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("Unsupported database name: " + name);
                }
                if (exists(c, name)) {
                    continue;
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE \"" + name + "\"");
                    LOG.info("Created database " + name);
                } catch (SQLException e) {
                    // 42P04 duplicate_database / 23505 unique_violation: someone else was faster
                    if (!"42P04".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create databases " + names + " on " + serverJdbcUrl, e);
        }
    }

    /**
     * Makes {@code role} (a login role with {@code password}, no other privilege) the owner of {@code database}, the
     * way docker/postgres-init and the Kubernetes clusters set each service up: the service then creates its tables
     * and trusted extensions (pg_trgm) in its own database and can touch no other. Creates the database if missing;
     * sets the password again if the role exists. Safe against concurrent callers.
     */
    public static void ensureOwnerRole(String serverJdbcUrl, String adminUser, String adminPassword, String database,
                                       String role, String password) {
        for (String name : List.of(database, role)) {
            if (!SAFE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Unsupported database or role name: " + name);
            }
        }
        ensureDatabases(serverJdbcUrl, adminUser, adminPassword, List.of(database));
        try (Connection c = connectWithRetry(databaseUrl(serverJdbcUrl, "postgres"), adminUser, adminPassword);
             Statement st = c.createStatement()) {
            String quotedPassword = "'" + password.replace("'", "''") + "'";
            try {
                st.execute("CREATE ROLE \"" + role + "\" LOGIN PASSWORD " + quotedPassword);
            } catch (SQLException e) {
                // 42710 duplicate_object / 23505 unique_violation: the role exists (an earlier run or a concurrent
                // caller)
                if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
                st.execute("ALTER ROLE \"" + role + "\" LOGIN PASSWORD " + quotedPassword);
            }
            st.execute("ALTER DATABASE \"" + database + "\" OWNER TO \"" + role + "\"");
            st.execute("REVOKE ALL ON DATABASE \"" + database + "\" FROM PUBLIC");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make " + role + " the owner of " + database, e);
        }
    }

    /**
     * {@code jdbc:postgresql://host:port[?params]} + db → {@code jdbc:postgresql://host:port/db[?params]}.
     * A database already present in the base URL is replaced.
     */
    public static String databaseUrl(String serverJdbcUrl, String db) {
        String base = serverJdbcUrl.trim();
        String query = "";
        int q = base.indexOf('?');
        if (q >= 0) {
            query = base.substring(q);
            base = base.substring(0, q);
        }
        String prefix = "jdbc:postgresql://";
        if (!base.startsWith(prefix)) {
            throw new IllegalArgumentException("Not a jdbc:postgresql:// URL: " + serverJdbcUrl);
        }
        int slash = base.indexOf('/', prefix.length());
        if (slash >= 0) {
            base = base.substring(0, slash);
        }
        return base + "/" + db + query;
    }

    private static boolean exists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Connection connectWithRetry(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        SQLException last;
        do {
            try {
                return DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                last = e;
                // 08xxx: connection exceptions (server not up yet); 57P03: cannot_connect_now (starting up)
                String state = e.getSQLState();
                if (state == null || !(state.startsWith("08") || "57P03".equals(state))) {
                    throw e;
                }
                LOG.fine("PostgreSQL not reachable yet at " + url + ": " + e.getMessage());
                try {
                    Thread.sleep(500);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        } while (System.nanoTime() < deadline);
        throw last;
    }
}
