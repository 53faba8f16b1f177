package org.liaison.support.readmodel;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.liaison.contracts.EventEnvelope;
import org.liaison.support.inbox.CloudEventRecords;
import org.liaison.support.inbox.TransientFailures;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One rebuild of one {@link ReadModel}, in four steps, so that the live table's writers wait only for the end of the
 * last:
 * <ol>
 *   <li>every record of the topic up to its end now, read without a consumer group (the live consumer goes on
 *       undisturbed), parsed on {@code parse-threads} threads and COPYed into an unlogged staging table;</li>
 *   <li>the newest row per id of that history, by version, into a second staging table;</li>
 *   <li>those rows applied to the live table by the live consumer's own rule, newest version wins, in transactions of
 *       {@code chunk-rows} rows that the live consumer can interleave with: a lost or stale row is back here;</li>
 *   <li>the rows that still differ from the history found; then the live table locked against writes (reads go on),
 *       the records written meanwhile read, and those rows and the rows of those records compared again and, where
 *       they differ, replaced (a row changed at the same version) or, when the topic still holds its whole history,
 *       removed (no event names it).</li>
 * </ol>
 * The read model's listeners see each row written, in the transaction that writes it; a live table that was right
 * is not written at all.
 */
final class RebuildRun {

    /** What the rebuild stores next to a model's columns in the staging tables. */
    private static final List<String> STAGING_COLUMNS = List.of("rebuild_seq", "actor_office", "actor_subject",
            "actor_role");
    private static final int SKIPPED_EXAMPLES = 5;
    private static final int TRIES = 3;
    private static final Logger LOG = Logger.getLogger(RebuildRun.class);

    private final ReadModel model;
    private final String topic;
    private final Map<String, String> kafkaProperties;
    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final RebuildConfig config;
    private final String history;
    private final String newest;
    private final String columns;
    private final String stagedColumns;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final List<String> skippedExamples = new ArrayList<>();
    private final ExecutorService copier = Executors.newSingleThreadExecutor();
    private Future<?> copying;
    /** Rows added, changed and removed in the live table. */
    private final long[] counts = new long[3];

    RebuildRun(ReadModel model, String topic, Map<String, String> kafkaProperties, DataSource dataSource,
               EntityManager entityManager, RebuildConfig config) {
        this.model = model;
        this.topic = topic;
        this.kafkaProperties = kafkaProperties;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.config = config;
        this.history = "rebuild_" + model.table();
        this.newest = "rebuild_" + model.table() + "_newest";
        this.columns = String.join(", ", model.columns());
        this.stagedColumns = columns + ", " + String.join(", ", STAGING_COLUMNS);
    }

    RebuildReport call() throws Exception {
        long started = System.nanoTime();
        ExecutorService parsers = Executors.newFixedThreadPool(config.parseThreads());
        try (Connection staging = dataSource.getConnection();
             TopicReplay replay = new TopicReplay(kafkaProperties, topic, "rebuild-" + model.name(),
                     config.batchRecords())) {
            staging.setAutoCommit(true);
            try {
                createStaging(staging);
                replay.readTo(replay.ends(), records -> stage(staging, parsers, records));
                awaitCopy();
                long rows = keepNewest(staging);
                long read = System.nanoTime();
                applyNewer();
                // Compared before the lock: while it is held, only these and the ids of the records written meanwhile
                // are compared again. The live consumer cannot make another row differ: it writes states of the same
                // history, and only over older versions.
                List<UUID> candidates = inTransaction(() -> differingIds(replay.complete()));
                long locked = System.nanoTime();
                // Not tried again: the records it read would be staged twice. It holds the table, so nobody deadlocks
                // it.
                QuarkusTransaction.requiringNew().timeout((int) config.transactionTimeout().toSeconds())
                        .call(() -> reconcile(parsers, replay, candidates));
                long ended = System.nanoTime();
                double seconds = (ended - started) / 1e9;
                RebuildReport report = new RebuildReport(model.name(), topic, replay.complete(), events.get(),
                        skipped.get(), rows, counts[0], counts[1], counts[2], seconds, (read - started) / 1e9,
                        (locked - read) / 1e9, (ended - locked) / 1e9, events.get() / seconds,
                        List.copyOf(skippedExamples));
                LOG.infof("Rebuilt read model %s from %s: %s", model.name(), topic, report);
                return report;
            } finally {
                if (copying != null) {
                    copying.cancel(false);
                    try {
                        copying.get();
                    } catch (Exception e) {
                        // the failure that stopped the rebuild is already on its way; the connection is free again
                    }
                }
                execute(staging, "drop table if exists " + history + ", " + newest);
            }
        } finally {
            parsers.shutdownNow();
            copier.shutdownNow();
        }
    }

    private void createStaging(Connection staging) throws SQLException {
        execute(staging, "drop table if exists " + history + ", " + newest);
        execute(staging, "create unlogged table " + history + " as select " + columns + " from " + model.table()
                + " with no data");
        execute(staging, "alter table " + history + " add column rebuild_seq bigint not null,"
                + " add column actor_office text, add column actor_subject text, add column actor_role text");
    }

    /**
     * Parses a batch of records in slices on the parser threads, then COPYs their rows on the copier thread while the
     * caller polls and parses the next batch; waits for the COPY before (one connection, one statement at a time).
     */
    private void stage(Connection staging, ExecutorService parsers, List<ConsumerRecord<String, String>> records)
            throws Exception {
        long first = events.getAndAdd(records.size()) + 1;
        int slices = Math.min(config.parseThreads(), Math.max(1, records.size() / 100));
        int size = (records.size() + slices - 1) / slices;
        List<Future<String>> texts = new ArrayList<>();
        for (int from = 0; from < records.size(); from += size) {
            int start = from;
            List<ConsumerRecord<String, String>> slice = records.subList(from, Math.min(records.size(), from + size));
            texts.add(parsers.submit(() -> copyText(slice, first + start)));
        }
        StringBuilder text = new StringBuilder();
        for (Future<String> part : texts) {
            text.append(part.get());
        }
        awaitCopy();
        PGConnection connection = staging.unwrap(PGConnection.class);
        copying = copier.submit(() -> connection.getCopyAPI().copyIn("copy " + history + " (" + stagedColumns
                + ") from stdin", new StringReader(text.toString())));
    }

    /** Waits for the last COPY {@link #stage} started, and fails if it failed. */
    private void awaitCopy() throws Exception {
        if (copying != null) {
            copying.get();
            copying = null;
        }
    }

    private String copyText(List<ConsumerRecord<String, String>> records, long firstSeq) {
        StringBuilder text = new StringBuilder(records.size() * 256);
        long seq = firstSeq;
        for (ConsumerRecord<String, String> record : records) {
            Object[] row;
            EventEnvelope event;
            try {
                event = CloudEventRecords.read(record);
                row = model.row(event);
            } catch (RuntimeException e) {
                skip(record, e);
                seq++;
                continue;
            }
            if (row != null) {
                Object[] staged = Arrays.copyOf(row, row.length + STAGING_COLUMNS.size());
                staged[row.length] = seq;
                staged[row.length + 1] = event.actorOffice();
                staged[row.length + 2] = event.actorSubject();
                staged[row.length + 3] = event.actorRole();
                CopyText.appendRow(text, staged);
            }
            seq++;
        }
        return text.toString();
    }

    private void skip(ConsumerRecord<String, String> record, RuntimeException e) {
        skipped.incrementAndGet();
        synchronized (skippedExamples) {
            if (skippedExamples.size() < SKIPPED_EXAMPLES) {
                skippedExamples.add(record.topic() + "-" + record.partition() + "@" + record.offset() + ": "
                        + e.getMessage());
            }
        }
    }

    /** The newest row per id of the history read so far, keyed by id; the history table is emptied for the rest. */
    private long keepNewest(Connection staging) throws SQLException {
        execute(staging, "create unlogged table " + newest + " as select distinct on (id) " + stagedColumns
                + " from " + history + " order by id, version desc, rebuild_seq desc");
        execute(staging, "alter table " + newest + " add primary key (id)");
        execute(staging, "analyze " + newest);
        execute(staging, "truncate " + history);
        try (Statement s = staging.createStatement();
             var count = s.executeQuery("select count(*) from " + newest)) {
            count.next();
            return count.getLong(1);
        }
    }

    /** Step 3: the newest rows, where newer than the live ones, chunk by chunk, each in a transaction of its own. */
    private void applyNewer() throws Exception {
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        while (true) {
            UUID from = after;
            @SuppressWarnings("unchecked")
            List<UUID> chunk = inTransaction(() -> entityManager.createNativeQuery("select id from " + newest
                            + " where id > ?1 order by id limit ?2")
                    .setParameter(1, from).setParameter(2, config.chunkRows()).getResultList());
            if (chunk.isEmpty()) {
                return;
            }
            UUID[] ids = chunk.toArray(UUID[]::new);
            inTransaction(() -> write(ids, " where " + model.table() + ".version < excluded.version"));
            after = ids[ids.length - 1];
        }
    }

    /** Step 4, in the transaction that holds the live table. */
    private Void reconcile(ExecutorService parsers, TopicReplay replay, List<UUID> candidates) {
        entityManager.createNativeQuery("select set_config('lock_timeout', ?1, true)")
                .setParameter(1, config.lockTimeout().toMillis() + "ms").getSingleResult();
        entityManager.createNativeQuery("lock table " + model.table() + " in exclusive mode").executeUpdate();
        // Everything written before the lock is read now; the live consumer waits for the commit. On the
        // transaction's connection: one taken outside it cannot be used while it runs.
        String updates = Stream.concat(model.columns().stream().skip(1), STAGING_COLUMNS.stream())
                .map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        entityManager.unwrap(Session.class).doWork(connection -> {
            try {
                replay.readTo(replay.ends(), records -> stage(connection, parsers, records));
                awaitCopy();
            } catch (SQLException e) {
                throw e;
            } catch (Exception e) {
                throw new SQLException("cannot read the rest of " + topic, e);
            }
            execute(connection, "insert into " + newest + " (" + stagedColumns + ") select distinct on (id) "
                    + stagedColumns + " from " + history + " order by id, version desc, rebuild_seq desc"
                    + " on conflict (id) do update set " + updates + " where (" + newest + ".version, " + newest
                    + ".rebuild_seq) < (excluded.version, excluded.rebuild_seq)");
        });
        @SuppressWarnings("unchecked")
        List<UUID> caughtUp = entityManager.createNativeQuery("select distinct id from " + history).getResultList();
        Set<UUID> recheck = new HashSet<>(candidates);
        recheck.addAll(caughtUp);
        List<UUID> ids = stillDiffering(recheck.toArray(UUID[]::new), replay.complete());
        for (int from = 0; from < ids.size(); from += config.chunkRows()) {
            write(ids.subList(from, Math.min(ids.size(), from + config.chunkRows())).toArray(UUID[]::new), "");
        }
        return null;
    }

    private List<UUID> differingIds(boolean complete) {
        String staged = model.columns().stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        String live = model.columns().stream().map(c -> "l." + c).collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<UUID> ids = entityManager.createNativeQuery("select coalesce(s.id, l.id) from " + newest + " s "
                + (complete ? "full" : "left") + " join " + model.table() + " l on l.id = s.id"
                + " where l.id is null or s.id is null or (" + staged + ") is distinct from (" + live + ")"
                + " order by 1").getResultList();
        return ids;
    }

    /** Those of {@code ids} whose live row differs from the newest one, or has none (complete history only). */
    private List<UUID> stillDiffering(UUID[] ids, boolean complete) {
        String staged = model.columns().stream().map(c -> "s." + c).collect(Collectors.joining(", "));
        String live = model.columns().stream().map(c -> "l." + c).collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<UUID> differing = entityManager.createNativeQuery("select c.id from unnest(cast(?1 as uuid[])) c (id)"
                        + " left join " + newest + " s on s.id = c.id left join " + model.table() + " l on l.id = c.id"
                        + " where (s.id is not null and (l.id is null or (" + staged + ") is distinct from (" + live
                        + "))) or (" + complete + " and s.id is null and l.id is not null) order by 1")
                .setParameter(1, ids).getResultList();
        return differing;
    }

    /**
     * Writes the newest rows of {@code ids} into the live table where {@code condition} lets the upsert, removes the
     * ids that have none (only differing ids of a complete history get here without one), and tells the model.
     */
    private Void write(UUID[] ids, String condition) {
        Map<UUID, Map<String, Object>> before = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> live = entityManager.createNativeQuery("select " + columns + " from " + model.table()
                + " where id = any(?1) order by id for update").setParameter(1, ids).getResultList();
        live.forEach(row -> before.put((UUID) row[0], byColumn(row)));
        String updates = model.columns().stream().skip(1).map(c -> c + " = excluded." + c)
                .collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<UUID> written = entityManager.createNativeQuery("insert into " + model.table() + " (" + columns
                        + ", updated_at) select " + columns + ", now() from " + newest + " where id = any(?1)"
                        + " on conflict (id) do update set " + updates + ", updated_at = now()" + condition
                        + " returning id")
                .setParameter(1, ids).getResultList();
        List<RowChange> changes = new ArrayList<>(written.size());
        Set<UUID> found = new HashSet<>();
        if (!written.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("select " + columns + ", actor_office,"
                            + " actor_subject, actor_role from " + newest + " where id = any(?1)")
                    .setParameter(1, written.toArray(UUID[]::new)).getResultList();
            int width = model.columns().size();
            for (Object[] row : rows) {
                UUID id = (UUID) row[0];
                found.add(id);
                changes.add(new RowChange(id, before.get(id), byColumn(row), (String) row[width],
                        (String) row[width + 1], (String) row[width + 2]));
            }
        }
        if (condition.isEmpty()) {
            Set<UUID> staged = new HashSet<>(found);
            @SuppressWarnings("unchecked")
            List<UUID> known = entityManager.createNativeQuery("select id from " + newest + " where id = any(?1)")
                    .setParameter(1, ids).getResultList();
            staged.addAll(known);
            UUID[] removed = Arrays.stream(ids).filter(id -> !staged.contains(id)).toArray(UUID[]::new);
            if (removed.length > 0) {
                entityManager.createNativeQuery("delete from " + model.table() + " where id = any(?1)")
                        .setParameter(1, removed).executeUpdate();
                for (UUID id : removed) {
                    changes.add(new RowChange(id, before.get(id), null, null, null, null));
                }
            }
        }
        for (RowChange change : changes) {
            counts[change.added() ? 0 : change.removed() ? 2 : 1]++;
        }
        model.rebuilt(changes);
        entityManager.flush();
        entityManager.clear();
        return null;
    }

    private Map<String, Object> byColumn(Object[] row) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < model.columns().size(); i++) {
            values.put(model.columns().get(i), row[i]);
        }
        return values;
    }

    /** In a transaction of its own, tried again when it failed on something that passes (a deadlock). */
    private <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            long[] countsBefore = counts.clone();
            try {
                return QuarkusTransaction.requiringNew().timeout((int) config.transactionTimeout().toSeconds())
                        .call(work::get);
            } catch (RuntimeException e) {
                System.arraycopy(countsBefore, 0, counts, 0, counts.length);
                if (attempt >= TRIES || !TransientFailures.isTransient(e)) {
                    throw e;
                }
                LOG.warnf("Rebuild of %s: a transaction failed (%s), trying again", model.name(), e.getMessage());
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
