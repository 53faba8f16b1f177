package org.liaison.infra.launcher;

import org.liaison.infra.DatabaseBootstrap;
import org.liaison.infra.LiaisonTopology;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a service is told about the rest of the system when it starts, the same for {@code ./liaison up} and the
 * test, fault and bench clusters: its own database on the server, the login to use, the broker, where the public key
 * that verifies tokens is, and where the services it calls answer: orgs-service for meetings-service's fallback
 * look-ups and article intake, recommendations-service for intake's recommendation sets, the three others
 * for the dashboard's health panel.
 */
public final class ServiceEnvironment {

    /**
     * For each service, the variables that tell it where another service answers, and which service that is. The
     * deployment checks hold compose and the Kubernetes manifests to the same table, so a service's calls are wired
     * wherever it runs.
     */
    private static final Map<LiaisonTopology.Service, Map<String, LiaisonTopology.Service>> CALLS = Map.of(
            LiaisonTopology.MEETINGS, Map.of("LIAISON_ORGS_URL", LiaisonTopology.ORGS,
                    "LIAISON_RECOMMENDATIONS_URL", LiaisonTopology.RECOMMENDATIONS),
            LiaisonTopology.DASHBOARD, Map.of(
                    "LIAISON_SYSTEM_HEALTH_ORGS_URL", LiaisonTopology.ORGS,
                    "LIAISON_SYSTEM_HEALTH_MEETINGS_URL", LiaisonTopology.MEETINGS,
                    "LIAISON_SYSTEM_HEALTH_RECOMMENDATIONS_URL", LiaisonTopology.RECOMMENDATIONS));

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
     * @param serviceUrl        each service's base URL, for the services that call others ({@link #calls})
     */
    public static Map<String, String> of(LiaisonTopology.Service service, DatabaseLogin login,
                                         String bootstrapServers, String publicKeyLocation,
                                         Function<LiaisonTopology.Service, String> serviceUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", DatabaseBootstrap.databaseUrl(login.serverUrl(), service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", login.user());
        env.put("QUARKUS_DATASOURCE_PASSWORD", login.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKeyLocation);
        calls(service).forEach((variable, called) -> env.put(variable, serviceUrl.apply(called)));
        return env;
    }

    /** The variables naming where the services this one calls answer, each with the service it names. */
    public static Map<String, LiaisonTopology.Service> calls(LiaisonTopology.Service service) {
        return CALLS.getOrDefault(service, Map.of());
    }
}
