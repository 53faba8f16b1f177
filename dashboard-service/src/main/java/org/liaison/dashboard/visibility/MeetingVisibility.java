package org.liaison.dashboard.visibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;
import org.liaison.contracts.AggregateTypes;
import org.liaison.contracts.EventEnvelope;
import org.liaison.contracts.Topics;
import org.liaison.dashboard.events.EventLog;
import org.liaison.dashboard.events.KafkaClients;
import org.liaison.dashboard.events.LiveEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The current visibility of every meeting (restricted or not, and its parties), and the rule every view of the
 * dashboard applies with it: an event of a meeting is shown in full only if <em>both</em> the event's own state and
 * the meeting's current state allow it ({@link RestrictedEvents} for each). A meeting restricted after it was
 * published is therefore redacted in its whole history, on the live stream, in the buffer, in {@code /feed} and in
 * every replay from Kafka; a meeting made public later keeps the events it had while restricted redacted (their
 * details were meant for the parties of that time).
 * <p>
 * The read model: meeting id → (version, restricted, parties) of the newest version seen. Every {@code meeting.*}
 * event carries the meeting's full state, so the newest version wins whatever the order it is read in.
 * <p>
 * How it survives restarts: it lives in memory and is <b>rebuilt from {@code meetings.events} at every start,
 * before the dashboard serves anything</b>. A consumer of its own reads the topic from its beginning; the model is
 * {@linkplain #isReady() ready} (readiness check {@code dashboard-meeting-visibility}; {@code /stream} and
 * {@code /feed} answer 503 until then) once it has read up to the end offsets of the moment it started. It keeps
 * reading afterwards, and the live log hands it every record too, before any stream sees that record. Rebuilding
 * from Kafka is complete for everything the dashboard can show: a meeting's newest event is the last of its
 * partition's events for that key, so time-based retention removes it only after all of that meeting's older events
 * (and compaction keeps exactly it); whatever history of a meeting a replay can still read, the model knows the
 * meeting's current state. It costs one read of the topic per start and a few dozen bytes per meeting; no database
 * write per event.
 */
@ApplicationScoped
public class MeetingVisibility {

    private static final Logger LOG = Logger.getLogger(MeetingVisibility.class);

    /** What the dashboard keeps of a meeting: its newest version's restriction and parties. */
    public record Current(long version, boolean restricted, List<UUID> parties) {
    }

    private static final Current PUBLIC = new Current(0, false, List.of());

    private final Map<UUID, Current> meetings = new ConcurrentHashMap<>();
    private final KafkaClients clients;
    private final EventLog log;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Map<TopicPartition, Long> next = new HashMap<>();
    private Map<TopicPartition, Long> target;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;

    /**
     * @param log the live log that also hands over every record it reads (null: this instance reads the topic only)
     */
    @Inject
    public MeetingVisibility(KafkaClients clients, EventLog log) {
        this.clients = clients;
        this.log = log;
    }

    void onStart(@Observes StartupEvent event) {
        if (log != null) {
            log.observe(this::apply);
        }
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts reading {@code meetings.events} from its beginning. */
    void start() {
        running = true;
        Thread worker = new Thread(this::run, "dashboard-meeting-visibility");
        worker.setDaemon(true);
        worker.start();
    }

    void stop() {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    /** Whether every meeting event published before the start has been read (nothing may be shown before). */
    public boolean isReady() {
        return loaded.getCount() == 0;
    }

    /** Waits until {@link #isReady()}, at most the timeout; whether it is. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The newest state known of a meeting. */
    public Optional<Current> current(UUID meeting) {
        return Optional.ofNullable(meetings.get(meeting));
    }

    /**
     * Whether an office sees an event's data in full: the event's own state allows it ({@link RestrictedEvents}) and,
     * for a {@code meeting.*}, {@code statement.*} or {@code document.*} event, so does the current state of every
     * meeting it is of.
     *
     * @param office the viewer's office (null: none)
     * @param admin  admins see everything
     */
    public boolean maySeeDetails(EventEnvelope event, UUID office, boolean admin) {
        JsonNode data = event.data();
        if (!RestrictedEvents.maySeeDetails(data, office, admin)) {
            return false;
        }
        if (admin) {
            return true;
        }
        return meetingsOf(event).stream().map(id -> meetings.getOrDefault(id, PUBLIC))
                .allMatch(current -> !current.restricted() || (office != null && current.parties().contains(office)));
    }

    /**
     * The event's data as an office may see it: the data itself, or its redacted form ({@link RestrictedEvents#redact},
     * marked {@code restricted: true} also when only the meeting's current state is restricted).
     */
    public JsonNode visibleData(EventEnvelope event, UUID office, boolean admin) {
        return maySeeDetails(event, office, admin) ? event.data() : redact(event.data());
    }

    /** The redacted form of an event's data, as {@link #visibleData} gives it. */
    public static ObjectNode redact(JsonNode data) {
        ObjectNode kept = RestrictedEvents.redact(data);
        kept.put("restricted", true);
        return kept;
    }

    void apply(LiveEvent event) {
        if (event.isEvent()) {
            apply(event.event());
        }
    }

    /** Records a meeting's visibility if the event is at least as new as what is known. */
    public void apply(EventEnvelope event) {
        if (event.type() == null || !event.type().startsWith(AggregateTypes.MEETING + ".")) {
            return;
        }
        Optional<UUID> id = meetingsOf(event).stream().findFirst();
        if (id.isEmpty()) {
            return;
        }
        JsonNode data = event.data();
        Current incoming = new Current(data.path("version").asLong(0), RestrictedEvents.isRestricted(data),
                List.copyOf(RestrictedEvents.parties(data)));
        meetings.merge(id.get(), incoming, (known, fresh) -> fresh.version() >= known.version() ? fresh : known);
    }

    /**
     * The meetings an event is of: a meeting's own, a statement's (made at the meeting it names) or a document's (every
     * meeting it is linked to); each follows their current visibility, as their details do.
     */
    private static List<UUID> meetingsOf(EventEnvelope event) {
        if (event.type() == null || event.data() == null) {
            return List.of();
        }
        JsonNode data = event.data();
        if (event.type().startsWith(AggregateTypes.MEETING + ".")) {
            return ids(data.path("id"));
        }
        if (event.type().startsWith(AggregateTypes.STATEMENT + ".")) {
            return ids(data.path("meetingId"));
        }
        if (event.type().startsWith(AggregateTypes.DOCUMENT + ".")) {
            return ids(data.path("meetingIds"));
        }
        return List.of();
    }

    /** The ids in a field holding one id or an array of them; what is not an id names no meeting. */
    private static List<UUID> ids(JsonNode field) {
        List<UUID> ids = new ArrayList<>();
        for (JsonNode value : field.isArray() ? field : List.of(field)) {
            try {
                ids.add(UUID.fromString(value.asText()));
            } catch (IllegalArgumentException e) {
                // names no meeting
            }
        }
        return ids;
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = clients.consumer("visibility")) {
                consumer = c;
                List<TopicPartition> partitions = c.partitionsFor(Topics.MEETINGS, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                if (partitions.isEmpty()) {
                    // Not ready on an empty assignment: once the topic exists, its history must be read first.
                    throw new IllegalStateException("topic " + Topics.MEETINGS + " has no partitions (does it exist?)");
                }
                c.assign(partitions);
                c.seekToBeginning(partitions);
                for (TopicPartition tp : partitions) {
                    if (next.containsKey(tp)) {
                        c.seek(tp, next.get(tp)); // after a failure: on from where it was
                    }
                }
                if (target == null) {
                    target = c.endOffsets(partitions, Duration.ofSeconds(30));
                }
                while (running) {
                    for (ConsumerRecord<String, String> record : c.poll(Duration.ofMillis(500))) {
                        apply(LiveEvent.of(record));
                    }
                    partitions.forEach(tp -> next.put(tp, c.position(tp)));
                    if (!isReady()
                            && target.entrySet().stream()
                                    .allMatch(e -> next.getOrDefault(e.getKey(), 0L) >= e.getValue())) {
                        LOG.infof("Meeting visibility read up to the end of %s: %d meetings", Topics.MEETINGS,
                                meetings.size());
                        loaded.countDown();
                    }
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Meeting visibility consumer failed, going on from where it was: %s", e.toString());
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
