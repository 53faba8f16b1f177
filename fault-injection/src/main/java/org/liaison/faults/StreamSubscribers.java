package org.liaison.faults;

import org.liaison.infra.LiaisonTopology;
import org.liaison.infra.testing.ServiceProcess;
import org.liaison.infra.testing.TestTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * F10: 500 viewers of the dashboard's {@code /stream} from 25 offices, and one client that never reads, under steady
 * writes; 100 of the viewers lose their connection mid-way and come back a few seconds later with the id of the last
 * event they got, on the other instance (half with a bearer token and {@code Last-Event-ID}, half the browser page's
 * way: a fresh ticket and {@code ?lastEventId=}). 150 viewers open as the page does, with a ticket (all from this one
 * address, as browsers behind a NAT: each counts against its office's rate, not the address's). Every viewer, resumed
 * or not, must end up with exactly the events of the topics since it connected, per partition in order, none missing
 * and none twice; none but the non-reader may be cut off, and that one must be, by the slow-client rule, within the
 * write-stall timeout.
 * <p>
 * Two dashboard instances: one allows 500 streams (liaison.dashboard.max-clients), and 500 viewers plus the non-reader
 * are more; a deployment for that many viewers runs two behind its balancer, as this one does (round-robin).
 */
final class StreamSubscribers extends Fault {

    static final int READERS = 500;
    static final int OFFICES = 25;
    /** Every fifth reader is dropped and resumed: 100. */
    static final int DROP_EVERY = 5;
    private static final int WRITES_PER_SECOND = 20;
    /**
     * The longest the writes go on: the non-reader must have been cut off by then. Its connection backs up after some
     * 200 KB (liaison.dashboard.send-buffer-size, doubled by the kernel, and the server's own 64 KB), some 250 events,
     * then the write-stall timeout (30 s, the default the fault cluster keeps) runs: under a minute at 20 writes/s,
     * more on a busy machine.
     */
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(150);

    StreamSubscribers() {
        super("F10", "dashboard: 500 SSE subscribers on two instances under 20 writes/s, 100 dropped and resumed"
                + " with Last-Event-ID on the other instance, one that never reads");
    }

    @Override
    void inject(FaultRun run) throws Exception {
        ServiceProcess second = run.cluster.startInstance(LiaisonTopology.DASHBOARD, 2);
        List<SseSubscriber> readers = new ArrayList<>();
        NonReader nonReader = null;
        try {
            List<String> instances = List.of(run.cluster.instance(LiaisonTopology.DASHBOARD).baseUrl, second.baseUrl);
            Map<Long, String> eventIds = new ConcurrentHashMap<>();
            AtomicInteger conflicts = new AtomicInteger();
            List<UUID> offices = new ArrayList<>();
            for (int i = 0; i < OFFICES; i++) {
                offices.add(UUID.randomUUID());
            }
            for (int i = 0; i < READERS; i++) {
                UUID office = offices.get(i % OFFICES);
                readers.add(new SseSubscriber(i, office.toString(), TestTokens.reader(office), eventIds, conflicts));
            }
            if (!connectAll(run, readers, instances)) {
                return;
            }
            nonReader = new NonReader(instances.get(0), TestTokens.reader(UUID.randomUUID()));
            Map<Long, Long> start = StreamCheck.ends(run.cluster.bootstrapServers());
            List<SseSubscriber> dropped = readers.stream().filter(r -> r.index % DROP_EVERY == 0).toList();
            try (StreamMetrics cutOff = new StreamMetrics(instances.get(0))) {
                long loadStarted = System.nanoTime();
                SseSubscriber witness = readers.get(1); // never dropped: how far the events have gone
                try (Load load = run.load(WRITES_PER_SECOND)) {
                    run.expect(awaitFrames(dropped, 5, LOAD_LIMIT),
                            "the subscribers to drop did not get 5 events each");
                    dropAndResume(run, dropped, instances, witness);
                    awaitFrames(List.of(witness), witness.receivedCount() + 20, LOAD_LIMIT);
                    // Writes go on until the non-reader's connection has backed up and been cut off.
                    while (cutOff.cutOffAfterMillis() == null
                            && System.nanoTime() - loadStarted < LOAD_LIMIT.toNanos()) {
                        Load.sleep(Duration.ofMillis(250));
                    }
                    run.note(String.format(Locale.ROOT, "writes ran %.0f s; %d frames had reached an untouched"
                            + " subscriber by the non-reader's cut-off", (System.nanoTime() - loadStarted) / 1e9,
                            witness.receivedCount()));
                }
                run.expect(run.oracle.awaitRecovery(Duration.ofSeconds(60)) != null,
                        "not quiet within 60 s of the writes");
                awaitDelivered(readers);
                StreamCheck.from(run.cluster.bootstrapServers(), start).judge(run, readers, dropped, conflicts);
                checkCutOff(run, nonReader, cutOff, instances);
            }
        } finally {
            readers.forEach(SseSubscriber::close);
            if (nonReader != null) {
                nonReader.close();
            }
            run.cluster.remove(LiaisonTopology.DASHBOARD.name() + "#2");
        }
    }

    /**
     * Opens every reader's stream at once (a thread each), round-robin over the instances; false when not all could.
     */
    private static boolean connectAll(FaultRun run, List<SseSubscriber> readers,
            List<String> instances) throws Exception {
        long started = System.nanoTime();
        TicketDesk tickets = new TicketDesk();
        List<StreamMetrics.Timing> ticketsBefore = instances.stream().map(StreamMetrics::tickets).toList();
        int refusals = openAll(readers, r -> instances.get(r.index % instances.size()),
                r -> viaTicket(r) ? tickets : null);
        long connected = readers.stream().filter(r -> awaited(r, Duration.ofSeconds(30))).count();
        double seconds = (System.nanoTime() - started) / 1e9;
        run.note(String.format(Locale.ROOT, "%d of %d subscribers connected (%d with a ticket, the others with a"
                        + " bearer token; %d offices, round-robin over %d instances) in %.1f s; %d refusals retried;"
                        + " streams open per instance: %s",
                connected, readers.size(), readers.stream().filter(StreamSubscribers::viaTicket).count(), OFFICES,
                instances.size(), seconds, refusals, instances.stream().map(StreamMetrics::connected).toList()));
        run.note("connecting, POST /stream/tickets: " + tickets.summary() + "; server side per instance: "
                + serverSide(instances, ticketsBefore));
        firstRefusals(run, readers);
        run.expect(connected == readers.size(), (readers.size() - connected) + " subscribers could not connect");
        run.expect(refusals == 0,
                refusals + " refusals while connecting " + readers.size() + " subscribers spread over "
                + OFFICES + " offices and " + instances.size() + " instances");
        return connected == readers.size();
    }

    /**
     * Drops the given readers (they close their connections), waits at least 4 s and 10 events, and has them come back
     * on the other instance with the last id each got: half the page's way ({@link #viaTicket}), half with the header.
     */
    private static void dropAndResume(FaultRun run, List<SseSubscriber> dropped, List<String> instances,
                                      SseSubscriber witness) throws Exception {
        long withoutId = dropped.stream().filter(r -> r.lastId() == null).count();
        run.expect(withoutId == 0, withoutId + " subscribers had no event yet when they were dropped");
        dropped.forEach(SseSubscriber::drop);
        long droppedAt = System.nanoTime();
        int before = witness.receivedCount();
        awaitFrames(List.of(witness), before + 10, Duration.ofSeconds(60));
        Load.sleep(Duration.ofSeconds(4).minusNanos(System.nanoTime() - droppedAt));
        run.note(String.format(Locale.ROOT, "%d subscribers dropped for %.1f s, while %d events went to the others",
                dropped.size(), (System.nanoTime() - droppedAt) / 1e9, witness.receivedCount() - before));
        TicketDesk tickets = new TicketDesk();
        List<StreamMetrics.Timing> ticketsBefore = instances.stream().map(StreamMetrics::tickets).toList();
        long started = System.nanoTime();
        int refusals = openAll(dropped, r -> instances.get((r.index + 1) % instances.size()),
                r -> viaTicket(r) ? tickets : null);
        long back = dropped.stream().filter(r -> awaited(r, Duration.ofSeconds(30))).count();
        run.note(String.format(Locale.ROOT, "%d dropped subscribers resumed on the other instance in %.1f s (%d with a"
                        + " ticket and ?lastEventId=, %d with Last-Event-ID), %d refusals retried", back,
                (System.nanoTime() - started) / 1e9, dropped.stream().filter(StreamSubscribers::viaTicket).count(),
                dropped.stream().filter(r -> !viaTicket(r)).count(), refusals));
        run.note("resumed, request to first line: with a ticket " + millis(dropped.stream().filter(r -> viaTicket(r)))
                + "; with Last-Event-ID " + millis(dropped.stream().filter(r -> !viaTicket(r))));
        run.note("resuming, POST /stream/tickets: " + tickets.summary() + "; server side per instance: "
                + serverSide(instances, ticketsBefore));
        firstRefusals(run, dropped);
        run.expect(tickets.timeouts() == 0, tickets.timeouts() + " ticket requests were not answered within "
                + Api.TIMEOUT.toSeconds() + " s");
        run.expect(back == dropped.size(), (dropped.size() - back) + " dropped subscribers could not resume");
        run.expect(refusals == 0, refusals + " refusals while " + dropped.size() + " subscribers resumed");
    }

    /**
     * Whether a reader opens the page's way (a ticket; ?lastEventId= when it resumes): 150 of the 500, among them every
     * other dropped one (index 0, 10, 20...; the dropped ones in between resume with Last-Event-ID).
     */
    private static boolean viaTicket(SseSubscriber reader) {
        return reader.index % (2 * DROP_EVERY) < 3;
    }

    /** How the instances timed the ticket requests since the figures before. */
    private static List<StreamMetrics.Timing> serverSide(List<String> instances, List<StreamMetrics.Timing> before) {
        return IntStream.range(0, instances.size())
                .mapToObj(i -> StreamMetrics.tickets(instances.get(i)).since(before.get(i))).toList();
    }

    /** Median and max of the readers' time from request to first line, in ms. */
    private static String millis(Stream<SseSubscriber> readers) {
        List<Long> sorted = readers.map(SseSubscriber::connectedAfterMillis).sorted().toList();
        return sorted.isEmpty() ? "none" : String.format(Locale.ROOT, "median %d ms, max %d ms",
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));
    }

    private static int openAll(List<SseSubscriber> readers, Function<SseSubscriber, String> instance,
                               Function<SseSubscriber, TicketDesk> tickets) throws Exception {
        List<Future<Integer>> opening = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(readers.size(), runnable -> {
            Thread thread = new Thread(null, runnable, "sse-open", 256 * 1024);
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (SseSubscriber reader : readers) {
                opening.add(pool.submit(() -> reader.open(instance.apply(reader), tickets.apply(reader))));
            }
        } finally {
            pool.shutdown();
        }
        int refusals = 0;
        for (Future<Integer> future : opening) {
            refusals += future.get();
        }
        return refusals;
    }

    private static boolean awaited(SseSubscriber reader, Duration within) {
        try {
            return reader.awaitConnected(within);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void firstRefusals(FaultRun run, List<SseSubscriber> readers) {
        readers.stream().flatMap(r -> r.refusals().stream()).distinct().limit(3)
                .forEach(answer -> run.note("refused: " + answer));
    }

    /** Waits until each of the readers has received at least this many frames; false if not within the limit. */
    private static boolean awaitFrames(List<SseSubscriber> readers, int frames, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (readers.stream().anyMatch(r -> r.receivedCount() < frames)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Load.sleep(Duration.ofMillis(100));
        }
        return true;
    }

    /** Waits until no subscriber has received anything new for 3 s (at most 60 s). */
    private static void awaitDelivered(List<SseSubscriber> readers) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long total = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long now = readers.stream().mapToLong(SseSubscriber::receivedCount).sum();
            if (now != total) {
                total = now;
                stableSince = System.nanoTime();
            } else if (System.nanoTime() - stableSince > Duration.ofSeconds(3).toNanos()) {
                return;
            }
            Load.sleep(Duration.ofMillis(250));
        }
    }

    /**
     * The non-reader must have been cut off by instance 1 (slow or stalled) while the writes went on, its connection
     * closed by the server; and it must be the only stream cut off.
     */
    private static void checkCutOff(FaultRun run, NonReader nonReader, StreamMetrics cutOff, List<String> instances)
            throws Exception {
        Long after = cutOff.cutOffAfterMillis();
        StringBuilder head = new StringBuilder();
        boolean closed = nonReader.closedByServer(Duration.ofSeconds(5), head);
        String status = head.toString().lines().findFirst().orElse("nothing");
        run.note(after == null ? "the client that never reads was not cut off within " + LOAD_LIMIT.toSeconds() + " s"
                : String.format(Locale.ROOT, "the client that never reads (answered %s) was cut off %.1f s after the"
                + " writes began; its connection %s", status, after / 1000.0, closed ? "closed" : "still open"));
        run.expect(status.startsWith("HTTP/1.1 200"), "the non-reading client's stream answered " + status);
        run.expect(after != null && closed, "the client that never reads was not cut off within "
                + LOAD_LIMIT.toSeconds() + " s of the writes' start");
        List<Double> cutOffs = instances.stream().map(url -> StreamMetrics.ended(url, StreamMetrics.CUT_OFF)).toList();
        run.note("slow-client cut-offs per instance (all time): " + cutOffs);
        run.expect(cutOffs.get(0) <= 1 && cutOffs.stream().skip(1).allMatch(n -> n == 0),
                "more streams were cut off as slow than the one client that never reads: " + cutOffs);
    }
}
