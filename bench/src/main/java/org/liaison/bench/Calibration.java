package org.liaison.bench;

import org.liaison.infra.DatabaseBootstrap;
import org.liaison.infra.testing.Cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What this box can do raw, measured on the cluster's own PostgreSQL in the same run as the workloads, with pgbench
 * (Debian's postgresql-client): one domain row and one outbox row per transaction, as a create commits; and
 * select-only. Workload figures are divided by these, so that a slower or busier box moves both.
 */
final class Calibration {

    static final String DATABASE = "bench_calibration";
    /** Rows per upsert statement: the rebuild's records per poll (liaison.read-models.rebuild.batch-records). */
    static final int UPSERT_BATCH = 5000;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern TRANSACTIONS = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern SERVER = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)");

    /**
     * Transactions per second, NaN when pgbench is not installed.
     *
     * @param rowAndOutboxCpuMs   PostgreSQL's CPU time per row+outbox transaction, all its processes together
     * @param upsertRowsPerSecond rows a single client upserts per second, {@value #UPSERT_BATCH} per statement, into a
     *                            table shaped like the organisation directory: what a read-model rebuild writes
     */
    record Figures(double rowAndOutboxTps, double selectOnlyTps, double rowAndOutboxCpuMs,
                   double upsertRowsPerSecond) {
        static final Figures NOT_MEASURED = new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        boolean measured() {
            return !Double.isNaN(rowAndOutboxTps);
        }
    }

    private final Cluster cluster;
    private final Path dir;
    private final int clients;
    private final Duration duration;

    Calibration(Cluster cluster, Path dir, int clients, Duration duration) {
        this.cluster = cluster;
        this.dir = dir;
        this.clients = clients;
        this.duration = duration;
    }

    static boolean pgbenchInstalled() {
        try {
            return new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Figures run() throws SQLException, InterruptedException {
        if (!pgbenchInstalled()) {
            return Figures.NOT_MEASURED;
        }
        prepare();
        Path script = dir.resolve("row-and-outbox.sql");
        write(script, """
                \\set n random(1, 1000000000)
                BEGIN;
                INSERT INTO calibration_row (id, kind, name_ar, version, created_at)
                    VALUES (gen_random_uuid(), 'civil_society_organization', 'بيتنا ' || :n, 0, now());
                INSERT INTO calibration_outbox (aggregate_id, event_type, payload, occurred_at)
                    VALUES (gen_random_uuid(), 'organization.registered', '{"nameAr": "بيتنا"}', now());
                END;
                """);
        CpuUse cpu = CpuUse.from(cluster);
        Run rowAndOutbox = pgbench("-n", "-f", script.toString());
        double cpuMs = cpu.msPer(rowAndOutbox.transactions()).get(CpuUse.POSTGRES);
        Run selectOnly = pgbench("-n", "-S");
        Path upsert = dir.resolve("batched-upsert.sql");
        write(upsert, """
                \\set base random(0, 1000000000000)
                INSERT INTO calibration_directory (id, version, kind, name_ar, name_en, merged_into, parent_id, \
                updated_at)
                    SELECT md5((:base + g)::text)::uuid, 1, 'civil_society_organization', 'بيتنا ' || g, 'Baytna ' || g,
                           null, null, now()
                    FROM generate_series(1, %d) g
                    ON CONFLICT (id) DO UPDATE SET version = excluded.version, kind = excluded.kind,
                        name_ar = excluded.name_ar, name_en = excluded.name_en, updated_at = now()
                    WHERE calibration_directory.version < excluded.version;
                """.formatted(UPSERT_BATCH));
        Run upserts = pgbench(1, "-n", "-f", upsert.toString());
        return new Figures(rowAndOutbox.tps(), selectOnly.tps(), cpuMs, upserts.tps() * UPSERT_BATCH);
    }

    /**
     * Creates the calibration database once; before every run, empties its tables and checkpoints, so that both
     * calibrations of a run start alike (the second one used to insert into the first one's 50,000 rows, and a
     * checkpoint could fall into either).
     */
    private void prepare() throws SQLException, InterruptedException {
        boolean created = false;
        try (Connection maintenance = cluster.maintenanceDatabase(); Statement s = maintenance.createStatement()) {
            var exists = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                s.execute("create database " + DATABASE);
                created = true;
            }
        }
        try (Connection db = calibrationDatabase();
             Statement s = db.createStatement()) {
            if (!created) {
                s.execute("truncate calibration_row, calibration_outbox, calibration_directory");
                s.execute("checkpoint");
                return;
            }
            s.execute("""
                    create table calibration_row (id uuid primary key, kind text not null, name_ar text not null,
                        version bigint not null, created_at timestamptz not null)""");
            s.execute("""
                    create table calibration_outbox (id bigserial primary key, aggregate_id uuid not null,
                        event_type text not null, payload jsonb not null, occurred_at timestamptz not null)""");
            s.execute("""
                    create table calibration_directory (id uuid primary key, version bigint not null,
                        kind text not null,
                        name_ar text not null, name_en text, merged_into uuid, parent_id uuid,
                        updated_at timestamptz not null default now())""");
        }
        pgbench("-i", "-s", "1", "-q");
        try (Connection db = calibrationDatabase();
             Statement s = db.createStatement()) {
            s.execute("checkpoint");
        }
    }

    private Connection calibrationDatabase() throws SQLException {
        return DriverManager.getConnection(DatabaseBootstrap.databaseUrl(cluster.jdbcBaseUrl(), DATABASE),
                cluster.postgres.endpoint("PG_USER"), cluster.postgres.endpoint("PG_PASSWORD"));
    }

    private record Run(double tps, long transactions) {
    }

    private Run pgbench(String... arguments) throws InterruptedException {
        return pgbench(clients, arguments);
    }

    private Run pgbench(int clients, String... arguments) throws InterruptedException {
        Matcher server = SERVER.matcher(cluster.jdbcBaseUrl());
        if (!server.find()) {
            throw new IllegalStateException("cannot read host and port from " + cluster.jdbcBaseUrl());
        }
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", server.group(1), "-p", server.group(2),
                "-U", cluster.postgres.endpoint("PG_USER")));
        boolean initialise = arguments[0].equals("-i");
        if (!initialise) {
            command.addAll(List.of("-c", String.valueOf(clients), "-j", String.valueOf(Math.min(2, clients)), "-T",
                    String.valueOf(duration.toSeconds())));
        }
        command.addAll(List.of(arguments));
        command.add(DATABASE);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", cluster.postgres.endpoint("PG_PASSWORD"));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench " + String.join(" ", arguments) + " failed:\n" + output);
            }
            if (initialise) {
                return null;
            }
            Matcher tps = TPS.matcher(output);
            Matcher transactions = TRANSACTIONS.matcher(output);
            if (!tps.find() || !transactions.find()) {
                throw new IllegalStateException("no tps or transactions in pgbench's output:\n" + output);
            }
            return new Run(Double.parseDouble(tps.group(1)), Long.parseLong(transactions.group(1)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run pgbench", e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
