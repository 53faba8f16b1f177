package org.liaison.dashboard.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.contracts.EventTypes;
import org.liaison.dashboard.events.EventLog;
import org.liaison.dashboard.events.KafkaClients;
import org.liaison.dashboard.events.KafkaReplay;
import org.liaison.dashboard.events.LiveEvent;
import org.liaison.dashboard.events.Position;
import org.liaison.dashboard.events.ReplaySlots;
import org.liaison.dashboard.stream.EventView;
import org.liaison.dashboard.stream.EventViews;
import org.liaison.dashboard.stream.StreamFilter;
import org.liaison.dashboard.stream.Viewer;
import org.liaison.dashboard.visibility.MeetingVisibility;
import org.liaison.support.problem.ProblemException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pages of events after a cursor: from the buffer when it covers the cursor, else from Kafka. Each item is
 * the stream's event JSON plus its {@code cursor}; a change that removes something is also a tombstone:
 * {@code organization.merged} and {@code person.merged} → {@code tombstone: {id: <merged>, mergedInto: <winner>}},
 * and any
 * {@code *.deleted} → {@code tombstone: {id}}, so a client's copy can drop or redirect the record.
 * {@code nextCursor} is the position after everything examined (also what the filter left out).
 * <p>
 * A page read from Kafka is a replay: it holds one of the instance's {@link ReplaySlots} (429 or 503 with
 * Retry-After when none may start) and at most 5 s of a worker thread.
 */
@ApplicationScoped
public class Feed {

    /** The events of a record merged into another: a client's copy redirects it to the winner. */
    private static final Set<String> MERGED = Set.of(EventTypes.ORGANIZATION_MERGED, EventTypes.PERSON_MERGED);

    /** One page. */
    public record Page(List<JsonNode> items, int limit, String nextCursor) {
    }

    private static final Duration KAFKA_BUDGET = Duration.ofSeconds(5);

    private final EventLog log;
    private final KafkaClients clients;
    private final EventViews views;
    private final MeetingVisibility visibility;
    private final ReplaySlots replaySlots;

    public Feed(EventLog log, KafkaClients clients, EventViews views, MeetingVisibility visibility,
            ReplaySlots replaySlots) {
        this.log = log;
        this.clients = clients;
        this.views = views;
        this.visibility = visibility;
        this.replaySlots = replaySlots;
    }

    public Page read(Position after, int limit, StreamFilter filter, Viewer viewer) {
        if (!log.isReady() || !visibility.isReady()) {
            throw ProblemException.serviceUnavailable("the dashboard is still reading the topics", 2);
        }
        Position.Mutable position = (after != null ? after : log.oldest()).mutable();
        List<JsonNode> items = new ArrayList<>();
        List<LiveEvent> buffered = log.readBuffered(position.snapshot(), Integer.MAX_VALUE);
        if (buffered != null) {
            for (LiveEvent e : buffered) {
                if (items.size() >= limit) {
                    break;
                }
                take(e, position, filter, viewer, items);
            }
        } else {
            long deadline = System.nanoTime() + KAFKA_BUDGET.toNanos();
            try (ReplaySlots.Slot slot = replaySlots.acquire(viewer.quotaKey());
                 KafkaReplay replay = new KafkaReplay(clients, log.partitions(), position.snapshot())) {
                while (items.size() < limit && System.nanoTime() < deadline) {
                    List<LiveEvent> batch = replay.poll(Duration.ofMillis(200));
                    int i = 0;
                    while (i < batch.size() && items.size() < limit) {
                        take(batch.get(i++), position, filter, viewer, items);
                    }
                    if (i < batch.size()) {
                        break; // the page is full mid-batch: the rest comes with the next page
                    }
                    replay.advance(position);
                    if (batch.isEmpty() && replay.caughtUp()) {
                        break;
                    }
                }
            }
        }
        return new Page(items, limit, position.encode());
    }

    private void take(LiveEvent e, Position.Mutable position, StreamFilter filter, Viewer viewer,
            List<JsonNode> items) {
        if (!position.advance(e.partition(), e.offset()) || !e.isEvent()) {
            return;
        }
        EventView view = views.view(e, viewer);
        if (!filter.matches(view)) {
            return;
        }
        ObjectNode item = view.json();
        item.put("cursor", position.encode());
        JsonNode data = item.get("data");
        if (MERGED.contains(view.type()) && data.hasNonNull("mergedInto")) {
            ObjectNode tombstone = item.putObject("tombstone");
            tombstone.set("id", data.get("id"));
            tombstone.set("mergedInto", data.get("mergedInto"));
        } else if (view.type().endsWith(".deleted")) {
            item.putObject("tombstone").set("id", data.get("id"));
        }
        items.add(item);
    }
}
