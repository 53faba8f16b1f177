package org.liaison.dashboard.directory;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of every organisation, in memory, for the rows of the page: id → Arabic and English name.
 * <p>
 * Kept from {@code orgs.events} read from its beginning by a consumer of its own (the live log starts only
 * a replay window back), and from the live log too, so that an organisation registered a moment before a
 * meeting is named in that meeting's row. Every event carries the full state with its version, so the newest
 * version wins whatever the order. In memory rather than the shared database-backed
 * {@code OrganizationDirectory}: the dashboard needs names only, they fit in memory for the number of
 * organisations the system tracks, and the view stays free of a database round trip per event.
 */
@ApplicationScoped
public class OrganizationNames {

    private static final Logger LOG = Logger.getLogger(OrganizationNames.class);

    /** What the dashboard shows of an organisation. */
    public record Names(String id, long version, String nameAr, String nameEn, String mergedInto) {
    }

    private final Map<String, Names> names = new ConcurrentHashMap<>();
    private final KafkaClients clients;
    private final EventLog log;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;

    public OrganizationNames(KafkaClients clients, EventLog log) {
        this.clients = clients;
        this.log = log;
    }

    void start(@Observes StartupEvent event) {
        log.observe(this::apply);
        running = true;
        Thread worker = new Thread(this::run, "dashboard-organization-names");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
    }

    public Optional<Names> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(names.get(id));
    }

    void apply(LiveEvent event) {
        if (event.isEvent()) {
            apply(event.event());
        }
    }

    /** Records an organisation's names if the event is newer than what is known. */
    public void apply(EventEnvelope event) {
        if (!event.type().startsWith(AggregateTypes.ORGANIZATION + ".")) {
            return;
        }
        JsonNode data = event.data();
        String id = text(data, "id");
        if (id == null) {
            return;
        }
        Names incoming = new Names(id, data.path("version").asLong(0), text(data, "nameAr"), text(data, "nameEn"),
                text(data, "mergedInto"));
        names.merge(id, incoming, (known, fresh) -> fresh.version() >= known.version() ? fresh : known);
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> c = clients.consumer("names")) {
                consumer = c;
                List<TopicPartition> partitions = c.partitionsFor(Topics.ORGS, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                c.assign(partitions);
                c.seekToBeginning(partitions);
                while (running) {
                    for (ConsumerRecord<String, String> record : c.poll(Duration.ofMillis(500))) {
                        apply(LiveEvent.of(record));
                    }
                }
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf("Organisation names consumer failed, starting again: %s", e.toString());
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

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
