package org.liaison.system;

import org.liaison.infra.EmbeddedInfra;
import org.liaison.infra.testing.TestTokens;

import java.util.HashMap;
import java.util.Map;

/** The whole system on real servers: embedded PostgreSQL and Kafka, and the three services as processes. */
final class LiaisonSystem implements AutoCloseable {

    final ServiceProcess orgs;
    final ServiceProcess meetings;
    final ServiceProcess recommendations;

    private LiaisonSystem(ServiceProcess orgs, ServiceProcess meetings, ServiceProcess recommendations) {
        this.orgs = orgs;
        this.meetings = meetings;
        this.recommendations = recommendations;
    }

    static LiaisonSystem start() {
        EmbeddedInfra infra = EmbeddedInfra.shared();
        ServiceProcess orgs = ServiceProcess.start("orgs-service", environment(infra, "orgs"));
        Map<String, String> meetingsEnv = environment(infra, "meetings");
        meetingsEnv.put("LIAISON_ORGS_URL", orgs.baseUrl);
        ServiceProcess meetings = ServiceProcess.start("meetings-service", meetingsEnv);
        ServiceProcess recommendations = ServiceProcess.start("recommendations-service", environment(infra, "recommendations"));
        return new LiaisonSystem(orgs, meetings, recommendations);
    }

    private static Map<String, String> environment(EmbeddedInfra infra, String database) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infra.jdbcUrl(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", infra.pgUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", infra.pgPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", TestTokens.keys().publicKeyFile().toUri().toString());
        return env;
    }

    @Override
    public void close() {
        recommendations.close();
        meetings.close();
        orgs.close();
    }
}
