package org.liaison.system;

import org.liaison.infra.EmbeddedInfra;
import org.liaison.infra.testing.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The whole system on real servers: embedded PostgreSQL and Kafka, and the services as processes. */
final class LiaisonSystem implements AutoCloseable {

    final ServiceProcess orgs;
    final ServiceProcess meetings;
    final ServiceProcess recommendations;
    final ServiceProcess dashboard;

    private LiaisonSystem(ServiceProcess orgs, ServiceProcess meetings, ServiceProcess recommendations,
                          ServiceProcess dashboard) {
        this.orgs = orgs;
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.dashboard = dashboard;
    }

    private static LiaisonSystem shared;

    /** What the sample-data loader printed when the shared system started. */
    String sampleDataLoad;

    /**
     * One system for every IT class of the run (starting three services takes 10–15 s on two cores), stopped
     * when the test JVM exits. Like {@code ./liaison up}, it starts with the sample data loaded; tests register
     * their own records next to it (with {@code "distinct": true} where they reuse a real name).
     */
    static synchronized LiaisonSystem shared() {
        if (shared == null) {
            shared = start();
            for (ServiceProcess service : new ServiceProcess[]{shared.orgs, shared.meetings, shared.recommendations, shared.dashboard}) {
                System.out.printf("%s ready in %d ms, RSS %d MiB%n", service.name, service.startupTime.toMillis(), service.rssMiB());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
            shared.sampleDataLoad = shared.loadSampleData();
        }
        return shared;
    }

    /** Runs {@code scripts/load-sample-data.sh} against this system; fails unless it succeeds. */
    String loadSampleData() {
        ProcessBuilder builder = new ProcessBuilder("bash", Path.of("..", "scripts", "load-sample-data.sh").toString())
                .redirectErrorStream(true);
        builder.environment().put("ORGS_URL", orgs.baseUrl);
        builder.environment().put("MEETINGS_URL", meetings.baseUrl);
        builder.environment().put("RECOMMENDATIONS_URL", recommendations.baseUrl);
        builder.environment().put("LIAISON_TOKEN", TestTokens.admin());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("loading the sample data failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static LiaisonSystem start() {
        EmbeddedInfra infra = EmbeddedInfra.shared();
        ServiceProcess orgs = ServiceProcess.start("orgs-service", environment(infra, "orgs"));
        Map<String, String> meetingsEnv = environment(infra, "meetings");
        meetingsEnv.put("LIAISON_ORGS_URL", orgs.baseUrl);
        ServiceProcess meetings = ServiceProcess.start("meetings-service", meetingsEnv);
        ServiceProcess recommendations = ServiceProcess.start("recommendations-service", environment(infra, "recommendations"));
        ServiceProcess dashboard = ServiceProcess.start("dashboard-service", environment(infra, "dashboard"));
        return new LiaisonSystem(orgs, meetings, recommendations, dashboard);
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
        dashboard.close();
        recommendations.close();
        meetings.close();
        orgs.close();
    }
}
