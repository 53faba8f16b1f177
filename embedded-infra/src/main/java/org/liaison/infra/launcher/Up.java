package org.liaison.infra.launcher;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.LocalKeys;
import org.liaison.infra.LocalTokens;
import org.liaison.infra.SampleData;
import org.liaison.infra.launcher.ServiceEnvironment.DatabaseLogin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * {@code ./liaison up}: builds what is missing, starts PostgreSQL and Kafka (embedded unless external ones are
 * configured), then the four services at once, waits until each is ready, loads the sample data and prints where
 * everything answers. What already runs is left running, so running it twice is harmless. The services outlive this
 * process; {@code ./liaison down} stops them.
 */
final class Up {

    static final String SAMPLE_DATA = "sample data";
    static final String INFRA_ONLY = "--infra-only";

    private final LauncherSettings settings;
    private final StateDirectory state;
    private final Console console;

    Up(LauncherSettings settings, Console console) {
        this.settings = settings;
        this.state = settings.state();
        this.console = console;
    }

    /** {@code up} with its options: none, or {@code --infra-only}. */
    int run(List<String> options) {
        if (options.equals(List.of(INFRA_ONLY))) {
            return infraOnly();
        }
        if (!options.isEmpty()) {
            throw new LauncherException("up takes no option but " + INFRA_ONLY + ", got " + options);
        }
        return run();
    }

    int run() {
        state.create();
        Build.ifMissing(settings.repository(), Build.serviceJars(settings.repository()), "install", console);
        LocalKeys keys = LocalKeys.inDirectory(state.keys());
        String sampleDataLines;
        Endpoints endpoints;
        try (StartupProgress progress = StartupProgress.forConsole(console.out())) {
            Infrastructure infra = new Infrastructure(settings, console, progress);
            infra.announce();
            LiaisonTopology.SERVICES.forEach(service -> progress.waiting(service.name(), null));
            progress.waiting(SAMPLE_DATA, null);
            infra.start();
            endpoints = endpoints();
            startServices(endpoints, keys, progress);
            sampleDataLines = loadSampleData(keys, progress);
        }
        console.out().print(sampleDataLines);
        printUrls(endpoints);
        return 0;
    }

    /**
     * {@code up --infra-only}: PostgreSQL and Kafka (and the local signing key) for services run from the source tree
     * in Quarkus dev mode ({@code ./mvnw quarkus:dev -pl orgs-service}). Each service's module gets a {@code .env}
     * (gitignored) that Quarkus reads in dev mode: where its database and the broker are and which key verifies
     * tokens, the same settings {@code up} gives the services it starts.
     */
    private int infraOnly() {
        state.create();
        LocalKeys keys = LocalKeys.inDirectory(state.keys());
        Endpoints endpoints;
        try (StartupProgress progress = StartupProgress.forConsole(console.out())) {
            Infrastructure infra = new Infrastructure(settings, console, progress);
            infra.announce();
            infra.start();
            endpoints = endpoints();
        }
        String publicKey = settings.publicKeyLocation().orElse("file:" + keys.publicKeyFile().toAbsolutePath());
        PrintStream out = console.out();
        out.println();
        out.printf("PostgreSQL: %s   Kafka: %s%n", endpoints.database(), endpoints.kafka());
        out.println("Run each service from the source tree with live reload (after ./mvnw install -DskipTests once):");
        for (LiaisonTopology.Service service : LiaisonTopology.SERVICES) {
            Path dotEnv = DevEnvironment.write(settings.repository().resolve(service.name()), ServiceEnvironment.of(
                    service, endpoints.database(), endpoints.kafka(), publicKey, Up::url));
            out.printf("  ./mvnw quarkus:dev -pl %-24s %s  (Dev UI %s/q/dev-ui; settings in %s)%n",
                    service.name(), url(service), url(service), state.shown(dotEnv));
        }
        out.println("Sample data once they run: ./liaison sample-data. Stop the servers with ./liaison down.");
        return 0;
    }

    /** {@code sample-data}: loads the sample data through the APIs of services already running, however started. */
    int sampleData() {
        LocalKeys keys = LocalKeys.inDirectory(state.keys());
        String said;
        try (StartupProgress progress = StartupProgress.forConsole(console.out())) {
            progress.waiting(SAMPLE_DATA, null);
            said = loadSampleData(keys, progress);
        }
        console.out().print(said);
        return 0;
    }

    /** Where the services find PostgreSQL and Kafka: the external servers, or what the embedded ones wrote. */
    record Endpoints(DatabaseLogin database, String kafka) {
    }

    private Endpoints endpoints() {
        Map<String, String> embedded = state.infraEndpoints();
        DatabaseLogin database = settings.postgresUrl()
                .map(url -> new DatabaseLogin(url, settings.postgresUser(), settings.postgresPassword()))
                .orElseGet(() -> new DatabaseLogin(embedded.get("QUARKUS_DATASOURCE_JDBC_URL_BASE"),
                        embedded.get("PG_USER"), embedded.get("PG_PASSWORD")));
        String kafka = settings.kafkaBootstrap().orElse(embedded.get("KAFKA_BOOTSTRAP_SERVERS"));
        if (database.serverUrl() == null || database.serverUrl().isEmpty()) {
            throw new LauncherException("no PostgreSQL URL: " + state.shown(state.infraEnv()) + " has none and "
                    + "LIAISON_PG_URL is unset (is the infra started with --no-postgres?)");
        }
        if (kafka == null || kafka.isEmpty()) {
            throw new LauncherException("no Kafka bootstrap servers: " + state.shown(state.infraEnv())
                    + " has none and KAFKA_BOOTSTRAP_SERVERS is unset");
        }
        return new Endpoints(database, kafka);
    }

    private void startServices(Endpoints endpoints, LocalKeys keys, StartupProgress progress) {
        String publicKey = settings.publicKeyLocation().orElse("file:" + keys.publicKeyFile().toAbsolutePath());
        List<RunningService> services = new ArrayList<>();
        for (LiaisonTopology.Service service : LiaisonTopology.SERVICES) {
            Path pidFile = state.pidFile(service.name());
            OptionalLong running = Processes.livePid(pidFile);
            long pid;
            if (running.isPresent()) {
                pid = running.getAsLong();
                progress.alreadyRunning(service.name(), "already running (pid " + pid + ")");
            } else {
                ServiceLaunch launch = new ServiceLaunch(service.name(),
                        ServiceLaunch.jar(settings.repository(), Path.of(service.name())), service.heapMiB(),
                        settings.serviceJavaOptions(), service.port(),
                        ServiceEnvironment.of(service, endpoints.database(), endpoints.kafka(), publicKey, Up::url),
                        state.log(service.name()));
                pid = Processes.startDetached(launch.processBuilder(), pidFile);
                progress.starting(service.name(), ":" + service.port() + ", database " + service.database()
                        + ", heap " + service.heapMiB() + " MiB");
            }
            services.add(new RunningService(service.name(), url(service), pid, state.log(service.name())));
        }
        try {
            Startup.awaitReady(services, settings.readyTimeout(), progress);
        } catch (Startup.Failure failure) {
            progress.close();
            RunningService failed = (RunningService) failure.component();
            if (!failed.isAlive()) {
                Infrastructure.deleteQuietly(state.pidFile(failed.name()));
            }
            console.tail(failed.log(), state.shown(failed.log()), 40);
            throw new LauncherException(failure.getMessage() + " (log: " + state.shown(failed.log()) + ")");
        }
    }

    /** A service process of this or an earlier {@code up}, known by its pid. */
    private record RunningService(String name, String url, long pid, Path log) implements Startup.Component {
        private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

        @Override
        public boolean isReady() {
            return Readiness.isReady(url, CHECK_TIMEOUT);
        }

        @Override
        public boolean isAlive() {
            return Processes.isRunning(pid);
        }

        @Override
        public String lastAnswer() {
            return "last answer from " + url + "/q/health/ready: "
                    + Readiness.describe(Readiness.status(url, CHECK_TIMEOUT));
        }

        @Override
        public String readyDetail() {
            return url;
        }
    }

    /** Loads the sample data through the APIs; returns what the loader said, to print after the table. */
    private String loadSampleData(LocalKeys keys, StartupProgress progress) {
        progress.starting(SAMPLE_DATA, "through the APIs");
        Map<LiaisonTopology.Service, String> urls = new LinkedHashMap<>();
        for (LiaisonTopology.Service service : List.of(LiaisonTopology.ORGS, LiaisonTopology.MEETINGS,
                LiaisonTopology.RECOMMENDATIONS)) {
            urls.put(service, url(service));
        }
        String token = new LocalTokens(keys).issue(UUID.fromString(SampleData.LOADER_OFFICE), "admin",
                "sample-data-loader", Duration.ofMinutes(10));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        try {
            SampleData.Loaded loaded = new SampleData(settings.repository().resolve("sample-data"), urls, token)
                    .load(new PrintStream(said, true, StandardCharsets.UTF_8));
            progress.done(SAMPLE_DATA, loaded.created() + " records created, " + loaded.existing()
                    + " already there");
        } catch (RuntimeException e) {
            progress.failed(SAMPLE_DATA, "see below");
            progress.close();
            console.err().print(said.toString(StandardCharsets.UTF_8));
            throw new LauncherException("loading the sample data failed: " + e.getMessage());
        }
        return said.toString(StandardCharsets.UTF_8);
    }

    private void printUrls(Endpoints endpoints) {
        PrintStream out = console.out();
        out.println();
        out.printf("%-24s %-24s %-44s %s%n", "SERVICE", "URL", "SWAGGER UI", "HEALTH");
        for (LiaisonTopology.Service service : LiaisonTopology.SERVICES) {
            String url = url(service);
            out.printf("%-24s %-24s %-44s %s%n", service.name(), url, url + "/q/swagger-ui", url + "/q/health");
        }
        out.println();
        out.printf("PostgreSQL: %s   Kafka: %s%n", endpoints.database(), endpoints.kafka());
        out.println("Stop everything with ./liaison down; logs: ./liaison logs SERVICE");
    }

    static String url(LiaisonTopology.Service service) {
        return "http://127.0.0.1:" + service.port();
    }
}
