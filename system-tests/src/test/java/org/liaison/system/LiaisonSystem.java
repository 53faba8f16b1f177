package org.liaison.system;

import org.liaison.infra.DatabaseBootstrap;
import org.liaison.infra.EmbeddedInfra;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.SampleData;
import org.liaison.infra.launcher.ServiceEnvironment;
import org.liaison.infra.launcher.ServiceLaunch;
import org.liaison.infra.launcher.StartupProgress;
import org.liaison.infra.testing.ServiceProcess;
import org.liaison.infra.testing.TestTokens;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The whole system on real servers: embedded PostgreSQL and Kafka, and the services as processes. */
final class LiaisonSystem implements AutoCloseable {

    final ServiceProcess orgs;
    final ServiceProcess meetings;
    final ServiceProcess recommendations;
    /** {@code null} in an {@link #startEmpty() empty system}. */
    final ServiceProcess dashboard;
    /** Where every service exports its spans (OTLP/HTTP), as it would to a collector; {@code null} when empty. */
    final OtlpReceiver traces;
    /** The infrastructure this system owns and stops, {@code null} for the shared one's (stopped at JVM exit). */
    private final EmbeddedInfra ownInfra;

    private LiaisonSystem(ServiceProcess orgs, ServiceProcess meetings, ServiceProcess recommendations,
                          ServiceProcess dashboard, OtlpReceiver traces, EmbeddedInfra ownInfra) {
        this.traces = traces;
        this.orgs = orgs;
        this.meetings = meetings;
        this.recommendations = recommendations;
        this.dashboard = dashboard;
        this.ownInfra = ownInfra;
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
            for (ServiceProcess service : new ServiceProcess[]{shared.orgs, shared.meetings, shared.recommendations,
                    shared.dashboard}) {
                System.out.printf("%s ready in %d ms, RSS %d MiB%n", service.name, service.startupTime.toMillis(),
                        service.rssMiB());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
            shared.sampleDataLoad = shared.loadSampleData();
        }
        return shared;
    }

    /** Loads the sample data with the loader {@code ./liaison up} uses; fails unless every record loads. */
    String loadSampleData() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Path directory = Path.of(System.getProperty("liaison.repo", ".."), "sample-data");
        new SampleData(directory, Map.of(LiaisonTopology.ORGS, orgs.baseUrl, LiaisonTopology.MEETINGS, meetings.baseUrl,
                LiaisonTopology.RECOMMENDATIONS, recommendations.baseUrl), TestTokens.admin())
                .load(new PrintStream(output, true, StandardCharsets.UTF_8));
        return output.toString(StandardCharsets.UTF_8);
    }

    /**
     * Starts the four services at once and waits for them with the code {@code ./liaison up} runs
     * ({@link ServiceProcess#startAll}: {@code ServiceLaunch}, {@code Startup}, the progress display in lines).
     * Tracing is on, as with a collector, exporting to an {@link OtlpReceiver}.
     */
    static LiaisonSystem start() {
        EmbeddedInfra infra = EmbeddedInfra.shared();
        OtlpReceiver traces = new OtlpReceiver();
        Map<LiaisonTopology.Service, Integer> ports = new LinkedHashMap<>();
        LiaisonTopology.SERVICES.forEach(service -> ports.put(service, ServiceProcess.freePort()));
        List<ServiceLaunch> launches = new ArrayList<>();
        ports.forEach((service, port) -> launches.add(ServiceProcess.launch(Path.of(service.name()), service.name(),
                port, tracing(environment(infra, service, ports), traces))));
        try (StartupProgress progress = StartupProgress.lines(System.out)) {
            List<ServiceProcess> started = ServiceProcess.startAll(launches, progress);
            return new LiaisonSystem(started.get(0), started.get(1), started.get(2), started.get(3), traces, null);
        }
    }

    /**
     * A second system beside the shared one, with nothing registered: its own PostgreSQL and Kafka (temporary
     * directories, free ports: the services' topic names and consumer groups are fixed, so sharing the shared
     * system's broker would mix the two systems' events) and orgs-, meetings- and recommendations-service, without
     * the dashboard or tracing. It takes about as long as the shared one to start (infrastructure 2-3 s, the
     * services 10-15 s at once); {@link #close()} stops it and deletes its directories, so a test class starts it in
     * {@code @BeforeAll} and closes it in {@code @AfterAll} (a shutdown hook stops it too, should the run be cut
     * short). Its services log to {@code <name>-empty.log}.
     */
    static LiaisonSystem startEmpty() {
        EmbeddedInfra infra = EmbeddedInfra.builder().start();
        try {
            List<LiaisonTopology.Service> services = List.of(LiaisonTopology.ORGS, LiaisonTopology.MEETINGS,
                    LiaisonTopology.RECOMMENDATIONS);
            Map<LiaisonTopology.Service, Integer> ports = new LinkedHashMap<>();
            services.forEach(service -> ports.put(service, ServiceProcess.freePort()));
            List<ServiceLaunch> launches = new ArrayList<>();
            ports.forEach((service, port) -> launches.add(ServiceProcess.launch(Path.of(service.name()),
                    service.name() + "-empty", port, environment(infra, service, ports))));
            try (StartupProgress progress = StartupProgress.lines(System.out)) {
                List<ServiceProcess> started = ServiceProcess.startAll(launches, progress);
                LiaisonSystem system = new LiaisonSystem(started.get(0), started.get(1), started.get(2), null, null,
                        infra);
                // Stopped by the test class; the hook is for a run cut short (close is idempotent).
                Runtime.getRuntime().addShutdownHook(new Thread(system::close));
                return system;
            }
        } catch (RuntimeException e) {
            infra.close();
            throw e;
        }
    }

    /**
     * Each service connects as its own role, owner of its own database and nothing else, as it does in compose and
     * Kubernetes: a migration that needs a superuser fails here, not on a user's deployment.
     */
    private static Map<String, String> environment(EmbeddedInfra infra, LiaisonTopology.Service service,
                                                   Map<LiaisonTopology.Service, Integer> ports) {
        String password = service.databaseRole() + "-system-test";
        DatabaseBootstrap.ensureOwnerRole(infra.jdbcBaseUrl(), infra.pgUser(), infra.pgPassword(), service.database(),
                service.databaseRole(), password);
        return ServiceEnvironment.of(service,
                new ServiceEnvironment.DatabaseLogin(infra.jdbcBaseUrl(), service.databaseRole(), password),
                infra.bootstrapServers(), TestTokens.keys().publicKeyFile().toUri().toString(),
                called -> "http://127.0.0.1:" + ports.get(called));
    }

    /** Spans exported over OTLP/HTTP to the receiver, a batch at least every 100 ms (a collector: every 5 s). */
    private static Map<String, String> tracing(Map<String, String> environment, OtlpReceiver traces) {
        Map<String, String> traced = new LinkedHashMap<>(environment);
        traced.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint());
        traced.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        traced.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms");
        return traced;
    }

    @Override
    public void close() {
        if (dashboard != null) {
            dashboard.close();
        }
        recommendations.close();
        meetings.close();
        orgs.close();
        if (traces != null) {
            traces.close();
        }
        if (ownInfra != null) {
            ownInfra.close();
        }
    }
}
