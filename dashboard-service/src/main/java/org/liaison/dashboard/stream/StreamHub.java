package org.liaison.dashboard.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.jboss.logging.Logger;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.dashboard.events.EventLog;
import org.liaison.dashboard.events.KafkaClients;
import org.liaison.dashboard.events.KafkaReplay;
import org.liaison.dashboard.events.LiveEvent;
import org.liaison.dashboard.events.Position;
import org.liaison.dashboard.events.ReplaySlots;
import org.liaison.dashboard.visibility.MeetingVisibility;
import org.liaison.support.problem.ProblemException;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The open streams of this instance. A new stream starts at its position: from the buffer if it covers it,
 * else from Kafka ({@link KafkaReplay}) until it does; then it is attached to the live log. Catching up
 * waits for the client (bounded queue), live delivery does not: a client too far behind is cut off.
 * <p>
 * Bounded (M7): at most max-clients streams, max-clients-per-office of them per office; a stream that must catch up
 * holds one of the instance's {@link ReplaySlots} (and a thread of a pool of max-replays) until it has.
 */
@ApplicationScoped
public class StreamHub {

    private static final Logger LOG = Logger.getLogger(StreamHub.class);
    private static final int REPLAY_CHUNK = 200;

    private final EventLog log;
    private final KafkaClients clients;
    private final EventViews views;
    private final MeetingVisibility visibility;
    private final DashboardConfig config;
    private final MeterRegistry registry;
    private final Set<Subscriber> open = ConcurrentHashMap.newKeySet();
    private final Map<Subscriber.End, Counter> ended = new ConcurrentHashMap<>();
    private final ReplaySlots replaySlots;
    /** Stream slots taken, in all and per office ({@link Viewer#quotaKey()}), under their own lock. */
    private final Map<String, Integer> streamsByOffice = new HashMap<>();
    private int streams;
    /**
     * The threads of the stream catch-ups: at most max-replays (every catch-up holds a {@link ReplaySlots.Slot}
     * first, so no task waits long in the queue: only one submitted while a finished one's thread is returning).
     */
    private final ThreadPoolExecutor replays;

    public StreamHub(EventLog log, KafkaClients clients, EventViews views, MeetingVisibility visibility,
            ReplaySlots replaySlots,
                     DashboardConfig config, MeterRegistry registry) {
        this.log = log;
        this.clients = clients;
        this.views = views;
        this.visibility = visibility;
        this.replaySlots = replaySlots;
        this.config = config;
        this.registry = registry;
        this.replays = new ThreadPoolExecutor(config.maxReplays(), config.maxReplays(), 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "dashboard-stream-replay");
                    thread.setDaemon(true);
                    return thread;
                });
        replays.allowCoreThreadTimeOut(true);
        registry.gauge("liaison.dashboard.clients.connected", open, Set::size);
    }

    /**
     * Opens a stream. Refused (problem+json with Retry-After) while the dashboard is still reading the topics (503),
     * when the viewer's office has its share of streams open (429) or the instance all it allows (503), and when the
     * stream must catch up but no replay may start ({@link ReplaySlots}: 429 or 503).
     *
     * @param from where the client is; null for new events only
     */
    public void open(SseEventSink sink, HttpServerResponse response, Sse sse, Viewer viewer, StreamFilter filter,
            Position from) {
        if (!log.isReady() || !visibility.isReady()) {
            throw ProblemException.serviceUnavailable("the dashboard is still reading the topics", 2);
        }
        String office = viewer.quotaKey();
        reserveStream(office);
        Position start = from != null ? from : log.frontier();
        Subscriber subscriber = new Subscriber(sink, response, sse, viewer, filter, views, start,
                config.maxQueuedPerClient(), this::closed);
        boolean attached;
        ReplaySlots.Slot slot = null;
        try {
            attached = log.attach(start, subscriber, config.maxQueuedPerClient() / 2);
            if (!attached) {
                slot = replaySlots.acquire(office); // nothing was sent yet: a refusal is still a plain answer
            }
        } catch (RuntimeException e) {
            releaseStream(office);
            throw e;
        }
        open.add(subscriber);
        if (subscriber.isClosed()) {
            open.remove(subscriber); // cut off by the live log before it was counted (closed() has run)
            return;
        }
        subscriber.comment("connected");
        if (!attached) {
            ReplaySlots.Slot held = slot;
            try {
                replays.execute(() -> {
                    try {
                        catchUp(subscriber);
                    } finally {
                        held.close();
                    }
                });
            } catch (RejectedExecutionException e) {
                held.close();
                subscriber.close(Subscriber.End.SHUTDOWN);
            }
        }
    }

    private void reserveStream(String office) {
        synchronized (streamsByOffice) {
            if (streamsByOffice.getOrDefault(office, 0) >= config.maxClientsPerOffice()) {
                throw ProblemException.tooManyRequests(
                        "your office already has " + config.maxClientsPerOffice()
                        + " open streams on this instance, the most one office may", 5);
            }
            if (streams >= config.maxClients()) {
                throw ProblemException.serviceUnavailable("too many open streams on this instance", 5);
            }
            streams++;
            streamsByOffice.merge(office, 1, Integer::sum);
        }
    }

    private void releaseStream(String office) {
        synchronized (streamsByOffice) {
            streams--;
            streamsByOffice.computeIfPresent(office, (key, n) -> n > 1 ? n - 1 : null);
        }
    }

    private void catchUp(Subscriber subscriber) {
        KafkaReplay replay = null;
        try {
            while (!subscriber.isClosed()) {
                Position at = subscriber.position();
                if (log.attach(at, subscriber, config.maxQueuedPerClient() / 2)) {
                    return;
                }
                subscriber.awaitRoom();
                List<LiveEvent> buffered = log.readBuffered(at, REPLAY_CHUNK);
                if (buffered != null) {
                    subscriber.deliverReplayed(buffered, null);
                    continue;
                }
                if (replay == null) {
                    replay = new KafkaReplay(clients, log.partitions(), at);
                    replayCounter().increment();
                }
                subscriber.deliverReplayed(replay.poll(Duration.ofMillis(200)), replay);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            subscriber.close(Subscriber.End.SHUTDOWN);
        } catch (RuntimeException e) {
            LOG.warnf("Replay for a stream failed: %s", e.toString());
            subscriber.close(Subscriber.End.REPLAY_FAILED);
        } finally {
            if (replay != null) {
                replay.close();
            }
        }
    }

    private Counter replayCounter() {
        return registry.counter("liaison.dashboard.replays.kafka");
    }

    private void closed(Subscriber subscriber) {
        open.remove(subscriber);
        log.detach(subscriber);
        releaseStream(subscriber.viewer().quotaKey());
        ended.computeIfAbsent(subscriber.end(), end -> Counter.builder("liaison.dashboard.clients.ended")
                .description("Streams ended, by reason (slow and stalled: cut off)")
                .tag("reason", end.name().toLowerCase()).register(registry)).increment();
        if (subscriber.end() == Subscriber.End.SLOW || subscriber.end() == Subscriber.End.STALLED) {
            LOG.infof("Cut off a slow stream client (%s)", subscriber.end());
        }
    }

    public int openStreams() {
        return open.size();
    }

    /** Every second: heartbeats, stalled writes, and the end of every stream whose token has expired (L6). */
    @Scheduled(identity = "dashboard-stream-ticks", every = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        long now = System.nanoTime();
        Instant wallClock = Instant.now();
        long heartbeat = config.heartbeatInterval().toNanos();
        long stall = config.writeStallTimeout().toNanos();
        for (Subscriber subscriber : open) {
            subscriber.tick(now, wallClock, heartbeat, stall);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        open.forEach(s -> s.close(Subscriber.End.SHUTDOWN));
        replays.shutdownNow();
    }
}
