package org.liaison.infra.testing;

import org.liaison.infra.DatabaseBootstrap;
import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.launcher.ServiceEnvironment;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The system under fault: PostgreSQL and Kafka each in a process of its own, and every service as a process
 * ({@link ServiceProcess}) on its own port, connecting as its own database role. Faults kill, freeze and restart
 * any of them; instances can be added ({@code orgs-service#2}) for the faults that need two.
 */
public final class Cluster implements AutoCloseable {

    public final InfraProcess postgres;
    public final InfraProcess kafka;
    private final Map<String, ServiceProcess> instances = new LinkedHashMap<>();
    /** Each service's first instance's port, chosen before any starts: the dashboard is told them all at its start. */
    private final Map<LiaisonTopology.Service, Integer> firstPorts = new HashMap<>();

    private Cluster(InfraProcess postgres, InfraProcess kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
        LiaisonTopology.SERVICES.forEach(service -> firstPorts.put(service, ServiceProcess.freePort()));
    }

    public static Cluster start(Path directory) {
        CompletableFuture<InfraProcess> postgres = CompletableFuture.supplyAsync(() ->
                InfraProcess.start(InfraProcess.Kind.POSTGRES, directory.resolve("postgres-server"),
                        ServiceProcess.freePort()));
        CompletableFuture<InfraProcess> kafka = CompletableFuture.supplyAsync(() ->
                InfraProcess.start(InfraProcess.Kind.KAFKA, directory.resolve("kafka-server"),
                        ServiceProcess.freePort()));
        Cluster cluster;
        try {
            cluster = new Cluster(postgres.join(), kafka.join());
        } catch (RuntimeException e) {
            // Whichever server did start would outlive this JVM: its process is not a child that dies with it.
            Stream.of(postgres, kafka).map(f -> f.handle((started, failed) -> started).join())
                    .filter(Objects::nonNull).forEach(InfraProcess::close);
            throw e;
        }
        List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
        try {
            // orgs-service first: meetings-service looks organisations up there.
            cluster.startInstance(LiaisonTopology.ORGS, 1);
            for (LiaisonTopology.Service service : List.of(LiaisonTopology.MEETINGS,
                    LiaisonTopology.RECOMMENDATIONS, LiaisonTopology.DASHBOARD)) {
                starting.add(CompletableFuture.supplyAsync(() -> cluster.startInstance(service, 1)));
            }
            starting.forEach(CompletableFuture::join);
        } catch (RuntimeException e) {
            starting.forEach(f -> f.handle((started, failed) -> null).join());
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public String jdbcBaseUrl() {
        return postgres.endpoint("QUARKUS_DATASOURCE_JDBC_URL_BASE");
    }

    public String bootstrapServers() {
        return kafka.endpoint("KAFKA_BOOTSTRAP_SERVERS");
    }

    /** A superuser connection to a service's database, for the oracle and for faults that reach into it. */
    public Connection database(LiaisonTopology.Service service) throws SQLException {
        return DriverManager.getConnection(DatabaseBootstrap.databaseUrl(jdbcBaseUrl(), service.database()),
                postgres.endpoint("PG_USER"), postgres.endpoint("PG_PASSWORD"));
    }

    /** A superuser connection to the {@code postgres} database, for what must not run inside a service's database. */
    public Connection maintenanceDatabase() throws SQLException {
        return DriverManager.getConnection(DatabaseBootstrap.databaseUrl(jdbcBaseUrl(), "postgres"),
                postgres.endpoint("PG_USER"), postgres.endpoint("PG_PASSWORD"));
    }

    /** Instance {@code n} of a service ({@code orgs-service} for 1, {@code orgs-service#2} for 2), started now. */
    public ServiceProcess startInstance(LiaisonTopology.Service service, int n) {
        String instance = n == 1 ? service.name() : service.name() + "#" + n;
        ServiceProcess process = ServiceProcess.start(service.name(), instance,
                n == 1 ? firstPorts.get(service) : ServiceProcess.freePort(), environment(service));
        synchronized (this) {
            instances.put(instance, process);
        }
        return process;
    }

    public synchronized ServiceProcess instance(LiaisonTopology.Service service) {
        return instances.get(service.name());
    }

    public synchronized ServiceProcess instance(String name) {
        ServiceProcess process = instances.get(name);
        if (process == null) {
            throw new IllegalArgumentException("no instance " + name + " in " + instances.keySet());
        }
        return process;
    }

    /**
     * Where a client reaches the service: instance 1 while it runs, else another running instance, as a load
     * balancer in front of several would route.
     */
    public synchronized String url(LiaisonTopology.Service service) {
        ServiceProcess first = instances.get(service.name());
        if (first != null && first.isAlive()) {
            return first.baseUrl;
        }
        return instances.entrySet().stream()
                .filter(e -> e.getKey().startsWith(service.name() + "#") && e.getValue().isAlive())
                .map(e -> e.getValue().baseUrl).findFirst()
                .orElse(first == null ? "http://127.0.0.1:1" : first.baseUrl);
    }

    /** {@link #url}, or for a service none of whose instances has started yet, where its first will answer. */
    private synchronized String plannedUrl(LiaisonTopology.Service service) {
        return instances.keySet().stream().anyMatch(name -> name.equals(service.name())
                || name.startsWith(service.name() + "#")) ? url(service) : "http://127.0.0.1:" + firstPorts.get(service);
    }

    /** Starts a stopped instance again on its port; returns the new process. */
    public synchronized ServiceProcess restart(String name) {
        ServiceProcess restarted = instance(name).restart();
        instances.put(name, restarted);
        return restarted;
    }

    /** Stops an extra instance ({@code orgs-service#2}) and forgets it. */
    public synchronized void remove(String name) {
        instance(name).terminate();
        instances.remove(name);
    }

    public synchronized List<ServiceProcess> instances() {
        return List.copyOf(instances.values());
    }

    private Map<String, String> environment(LiaisonTopology.Service service) {
        String password = service.databaseRole() + "-faults";
        DatabaseBootstrap.ensureOwnerRole(jdbcBaseUrl(), postgres.endpoint("PG_USER"), postgres.endpoint("PG_PASSWORD"),
                service.database(), service.databaseRole(), password);
        Map<String, String> env = new HashMap<>(ServiceEnvironment.of(service,
                new ServiceEnvironment.DatabaseLogin(jdbcBaseUrl(), service.databaseRole(), password),
                bootstrapServers(), TestTokens.keys().publicKeyFile().toUri().toString(),
                this::plannedUrl));
        if (service.equals(LiaisonTopology.DASHBOARD)) {
            // F6's webhook receiver listens on loopback, which production's target policy refuses.
            env.put("LIAISON_WEBHOOKS_ALLOW_LIST", "127.0.0.1/32:*");
        }
        return env;
    }

    @Override
    public void close() {
        List<ServiceProcess> running;
        synchronized (this) {
            running = new ArrayList<>(instances.values());
        }
        running.parallelStream().forEach(ServiceProcess::close);
        kafka.close();
        postgres.close();
    }
}
