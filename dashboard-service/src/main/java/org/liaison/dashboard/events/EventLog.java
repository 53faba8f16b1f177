package org.liaison.dashboard.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.liaison.dashboard.DashboardConfig;
import org.liaison.support.tracing.EventTracing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The live consumer of {@code orgs.events}, {@code meetings.events} and {@code recommendations.events} and the
 * bounded buffer of what it read last.
 * <p>
 * A plain {@link KafkaConsumer} on its own thread rather than SmallRye Reactive Messaging channels: the
 * dashboard must place the consumer (at startup: the offsets of now minus the replay window, found by
 * timestamp) and keep its own notion of position per partition, which the connector's group management and
 * commit strategies stand in the way of. It is assigned every partition (so every instance sees every event,
 * whatever the group id) and never commits.
 * <p>
 * The buffer ({@link RecentEvents}, bounded in events and in bytes) holds, for each partition, every record from
 * {@code floor} (inclusive) to {@code frontier} (exclusive). A reader whose {@link Position} is at or past the floor
 * of every partition is served from the buffer; an older one reads Kafka first ({@link KafkaReplay}) until it is.
 * <p>
 * Handing an event to the observers and listeners (the streams' subscribers) is a span ({@code fan-out <type>}) in the
 * trace of the request that caused the event: a child of the publish span named by the record's
 * {@code ce_traceparent} ({@link EventTracing}).
 */
@ApplicationScoped
public class EventLog {

    private static final Logger LOG = Logger.getLogger(EventLog.class);

    private final KafkaClients clients;
    private final DashboardConfig config;
    private final MeterRegistry registry;
    private final EventTracing tracing;
    private final Map<String, Counter> received = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private final RecentEvents buffer;
    private final Map<TopicPartition, Long> frontier = new HashMap<>();
    private final List<EventListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<LiveEvent>> observers = new CopyOnWriteArrayList<>();
    private volatile List<TopicPartition> partitions = List.of();
    private volatile boolean ready;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread worker;

    public EventLog(KafkaClients clients, DashboardConfig config, MeterRegistry registry, EventTracing tracing) {
        this.clients = clients;
        this.tracing = tracing;
        this.config = config;
        this.registry = registry;
        this.buffer = new RecentEvents(config.bufferSize(), config.bufferBytes().asLongValue());
        registry.gauge("liaison.dashboard.buffer.events", this, EventLog::bufferedEvents);
        registry.gauge("liaison.dashboard.buffer.bytes", this, EventLog::bufferedBytes);
    }

    void start(@Observes StartupEvent event) {
        running = true;
        worker = new Thread(this::run, "dashboard-event-log");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        if (worker != null) {
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the consumer has its partitions and has been placed (readiness). */
    public boolean isReady() {
        return ready;
    }

    public List<TopicPartition> partitions() {
        return partitions;
    }

    /** Where the live consumer is now: what a reader that wants only new events starts from. */
    public Position frontier() {
        synchronized (lock) {
            return Position.of(frontier);
        }
    }

    /** The oldest position the buffer serves: a reader starting here sees every buffered record. */
    public Position oldest() {
        synchronized (lock) {
            return buffer.floor();
        }
    }

    /** Events in the buffer now. */
    public int bufferedEvents() {
        synchronized (lock) {
            return buffer.size();
        }
    }

    /** Their size as Kafka carried them ({@link LiveEvent#bytes()}), at most liaison.dashboard.buffer-bytes. */
    public long bufferedBytes() {
        synchronized (lock) {
            return buffer.bytes();
        }
    }

    /**
     * Registers a listener from a position if the buffer covers it: the buffered records after the position
     * are handed over first, then every new record, with nothing in between (both under the same lock).
     *
     * @param maxBacklog the most buffered records to hand over at once (a longer backlog is read in chunks by
     *                   {@link #readBuffered} first, at the reader's pace)
     * @return false if the position is older than the buffer for some partition (read Kafka first), or the
     * backlog is longer than {@code maxBacklog}
     */
    public boolean attach(Position from, EventListener listener, int maxBacklog) {
        synchronized (lock) {
            if (!ready || !buffer.covers(from) || buffer.countAfter(from, maxBacklog) > maxBacklog) {
                return false;
            }
            buffer.after(from, maxBacklog).forEach(listener::onEvent);
            listeners.add(listener);
            return true;
        }
    }

    public void detach(EventListener listener) {
        listeners.remove(listener);
    }

    /** Observers see every record before the listeners (the organisation directory), on the consumer thread. */
    public void observe(Consumer<LiveEvent> observer) {
        observers.add(observer);
    }

    /**
     * The buffered records after a position, at most {@code limit}, or null if the buffer does not cover it.
     */
    public List<LiveEvent> readBuffered(Position from, int limit) {
        synchronized (lock) {
            if (!ready || !buffer.covers(from)) {
                return null;
            }
            return buffer.after(from, limit);
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = clients.consumer("live")) {
                consumer = c;
                place(c);
                while (running) {
                    ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, String> record : records) {
                        fanOut(record);
                    }
                    // Skip markers and compacted gaps: the position after the batch may be past the last record.
                    synchronized (lock) {
                        for (TopicPartition tp : records.partitions()) {
                            frontier.merge(tp, c.position(tp), Math::max);
                        }
                    }
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Dashboard consumer failed, restarting from where it was: %s", e.toString());
                    sleep(1000);
                }
            }
        }
    }

    /** First start: now minus the replay window, by timestamp. After a failure: where the frontier was. */
    private void place(KafkaConsumer<String, String> c) {
        List<TopicPartition> all = KafkaClients.partitions(c, Duration.ofSeconds(30));
        c.assign(all);
        Position start;
        synchronized (lock) {
            start = ready ? Position.of(frontier) : null;
        }
        if (start == null) {
            start = KafkaClients.positionAt(c, all, Instant.now().minus(config.replayWindow()));
        }
        Map<TopicPartition, Long> beginning = c.beginningOffsets(all, Duration.ofSeconds(15));
        synchronized (lock) {
            for (TopicPartition tp : all) {
                long next = Math.max(start.next(tp), beginning.get(tp));
                c.seek(tp, next);
                frontier.merge(tp, next, Math::max);
                buffer.startAt(tp, next);
            }
            partitions = List.copyOf(all);
            ready = true;
        }
        LOG.infof("Dashboard consumer %s reading %d partitions from %s", clients.groupId(), all.size(), start);
    }

    private void fanOut(ConsumerRecord<String, String> record) {
        LiveEvent event = LiveEvent.of(record);
        if (!event.isEvent()) {
            append(event);
            return;
        }
        Span span = tracing.startConsume("fan-out", "dashboard.live-events", record.headers(), record.topic(),
                event.event().id(), event.event().type());
        try (Scope ignored = span.makeCurrent()) {
            append(event);
        } finally {
            span.end();
        }
    }

    private void append(LiveEvent event) {
        received.computeIfAbsent(event.partition().topic(),
                topic -> Counter.builder("liaison.dashboard.events.received")
                .description("Records read from the topics").tag("topic", topic).register(registry)).increment();
        // Observers first (the organisation directory), so that the listeners already see its names.
        for (Consumer<LiveEvent> observer : observers) {
            try {
                observer.accept(event);
            } catch (RuntimeException e) {
                LOG.warnf("Dashboard observer failed on %s@%d: %s", event.partition(), event.offset(), e);
            }
        }
        synchronized (lock) {
            if (event.offset() < frontier.getOrDefault(event.partition(), 0L)) {
                return; // read again after a consumer restart
            }
            frontier.put(event.partition(), event.offset() + 1);
            if (event.isEvent()) {
                buffer.add(event);
            }
            for (EventListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    LOG.warnf("Dashboard listener failed on %s@%d: %s", event.partition(), event.offset(), e);
                }
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
