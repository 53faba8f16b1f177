package org.liaison.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * Wakes the relay as soon as an outbox row commits, through PostgreSQL {@code LISTEN/NOTIFY} on a
 * connection of its own (a pooled one must not be held forever). When the connection is lost, waiting
 * degrades to the plain poll interval until it is back.
 */
@ApplicationScoped
public class OutboxWakeUp {

    static final String CHANNEL = "liaison_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    public OutboxWakeUp(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                        @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                        @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.user = user.orElse(null);
        this.password = password.orElse(null);
    }

    /** Returns when a notification arrives or the timeout passes, whichever is first. */
    void await(Duration timeout) throws InterruptedException {
        try {
            PGConnection listener = listener();
            PGNotification[] notifications = listener.getNotifications((int) Math.max(1, timeout.toMillis()));
            if (notifications == null && Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
        } catch (SQLException e) {
            LOG.debugf("LISTEN connection unavailable (%s); polling instead", e.getMessage());
            close();
            Thread.sleep(timeout.toMillis());
        }
    }

    private synchronized PGConnection listener() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, user, password);
            try (Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
            }
        }
        return connection.unwrap(PGConnection.class);
    }

    synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone
            }
            connection = null;
        }
    }
}
