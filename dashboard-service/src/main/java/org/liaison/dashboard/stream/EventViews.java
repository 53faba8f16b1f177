package org.liaison.dashboard.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.contracts.EventEnvelope;
import org.liaison.dashboard.directory.OrganizationNames;
import org.liaison.dashboard.events.LiveEvent;
import org.liaison.dashboard.visibility.MeetingVisibility;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a record into what a viewer may see. An event of a restricted meeting shown to an office not among its
 * {@code parties} (and not an admin) keeps only its id, version, kind, date and organiser ({@code redacted: true}),
 * without the acting office or person, exactly what the REST APIs show of it. Restricted means: by the event's own
 * data or by the meeting's current state ({@link MeetingVisibility}), so a meeting restricted later is redacted in
 * every event of its history, whichever way (live, buffer, Kafka replay) the event reaches the viewer.
 */
@ApplicationScoped
public class EventViews {

    /** Fields of event data that name an organisation. */
    public static final List<String> ORGANIZATION_FIELDS = List.of("organizerId", "organizationId", "onBehalfOfId",
            "memberOrganizationId", "parentId", "mergedInto", "speakerOrganizationId");

    /**
     * An event as every stream of the same visibility is sent it, its text written once: a live event goes to every
     * open stream on the consumer's thread, and building and writing one view per stream held 500 streams seconds
     * behind one (./liaison bench, sseP99Ratio).
     */
    public record Shared(EventView view, String text) {
    }

    private final OrganizationNames names;
    private final MeetingVisibility visibility;
    /**
     * Views of recent records for streams, by the record's identity (weak keys compare by identity), one cache per
     * visibility. Kept a second only, so that a stream catching up later gets the organisations' names of its time.
     */
    private final Cache<LiveEvent, Shared> full = sharedViews();
    private final Cache<LiveEvent, Shared> redacted = sharedViews();

    public EventViews(OrganizationNames names, MeetingVisibility visibility) {
        this.names = names;
        this.visibility = visibility;
    }

    /** A fresh view of its own, which the caller may change. */
    public EventView view(LiveEvent record, Viewer viewer) {
        return view(record, isRedacted(record, viewer));
    }

    /** The view that every stream of the same visibility shares: not to be changed. */
    public Shared shared(LiveEvent record, Viewer viewer) {
        boolean hidden = isRedacted(record, viewer);
        return (hidden ? redacted : full).get(record, r -> {
            EventView view = view(r, hidden);
            return new Shared(view, view.json().toString());
        });
    }

    private boolean isRedacted(LiveEvent record, Viewer viewer) {
        return !visibility.maySeeDetails(record.event(), viewer.office().orElse(null), viewer.isAdmin());
    }

    private static Cache<LiveEvent, Shared> sharedViews() {
        return Caffeine.newBuilder().weakKeys().expireAfterWrite(Duration.ofSeconds(1)).maximumSize(4096).build();
    }

    private EventView view(LiveEvent record, boolean redacted) {
        EventEnvelope event = record.event();
        JsonNode data = event.data();
        JsonNode shown = redacted ? MeetingVisibility.redact(data) : data;

        Set<String> orgs = new LinkedHashSet<>();
        if (event.type().startsWith("organization.")) {
            add(orgs, shown.get("id"));
        }
        for (String field : ORGANIZATION_FIELDS) {
            add(orgs, shown.get(field));
        }
        if (!redacted) {
            shown.path("parties").forEach(p -> add(orgs, p));
            shown.path("participants").forEach(p -> add(orgs, p.get("organizationId")));
        }

        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("eventId", event.id());
        json.put("type", event.type());
        json.put("source", event.source());
        json.put("subject", event.subject());
        json.put("time", event.time() != null ? event.time().toString() : record.timestamp().toString());
        json.put("topic", record.partition().topic());
        json.put("partition", record.partition().partition());
        json.put("offset", record.offset());
        if (!redacted && event.actorOffice() != null) {
            json.set("actorOffice", organization(event.actorOffice()));
        } else {
            json.putNull("actorOffice");
        }
        ArrayNode organizations = json.putArray("organizations");
        orgs.forEach(id -> organizations.add(organization(id)));
        json.put("redacted", redacted);
        json.set("data", shown);
        return new EventView(event.type(), event.subject(), orgs, json);
    }

    private ObjectNode organization(String id) {
        ObjectNode org = JsonNodeFactory.instance.objectNode();
        org.put("id", id);
        names.find(id).ifPresentOrElse(n -> {
            org.put("nameAr", n.nameAr());
            org.put("nameEn", n.nameEn());
        }, () -> {
            org.putNull("nameAr");
            org.putNull("nameEn");
        });
        return org;
    }

    private static void add(Set<String> orgs, JsonNode id) {
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
            orgs.add(id.asText());
        }
    }
}
