package org.liaison.infra.launcher;

import org.liaison.infra.DatabaseBootstrap;
import org.liaison.infra.LiaisonTopology;

import java.util.HashMap;
import java.util.Map;

/**
 * What a service is told about the rest of the system when it starts, the same for {@code ./liaison up} and the
 * test, fault and bench clusters: its own database on the server, the login to use, the broker, where the public key
 * that verifies tokens is, and for meetings-service, where orgs-service answers its fallback look-ups.
 */
public final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    /**
     * A login to a PostgreSQL server.
     *
     * @param serverUrl {@code jdbc:postgresql://HOST:PORT}, no database name; query parameters such as
     *                  {@code ?sslmode=require} go after each service's database name
     */
    public record DatabaseLogin(String serverUrl, String user, String password) {
        @Override
        public String toString() {
            return serverUrl + " (user " + user + ")";
        }
    }

    /**
     * @param login             how the service connects: a superuser under {@code ./liaison up}, the service's own
     *                          role (owner of its database only) in the test clusters, as in compose and Kubernetes
     * @param publicKeyLocation {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}, e.g. {@code file:/path/public.pem}
     * @param orgsUrl           orgs-service's base URL, for meetings-service (the only service that calls another)
     */
    public static Map<String, String> of(LiaisonTopology.Service service, DatabaseLogin login,
                                         String bootstrapServers, String publicKeyLocation, String orgsUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", DatabaseBootstrap.databaseUrl(login.serverUrl(), service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", login.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", login.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyLocation);
        if (service.equals(LiaisonTopology.MEETINGS)) {
            env.put("LIAISON_ORGS_URL", orgsUrl);
        }
        return env;
    }
}
