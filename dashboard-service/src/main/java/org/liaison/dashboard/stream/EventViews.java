package org.liaison.dashboard.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.contracts.EventEnvelope;
import org.liaison.dashboard.directory.OrganizationNames;
import org.liaison.dashboard.events.LiveEvent;
import org.liaison.dashboard.visibility.MeetingVisibility;

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
    private static final List<String> ORGANIZATION_FIELDS =
            List.of("organizerId", "organizationId", "onBehalfOfId", "parentId", "mergedInto");

    private final OrganizationNames names;
    private final MeetingVisibility visibility;

    public EventViews(OrganizationNames names, MeetingVisibility visibility) {
        this.names = names;
        this.visibility = visibility;
    }

    public EventView view(LiveEvent record, Viewer viewer) {
        EventEnvelope event = record.event();
        JsonNode data = event.data();
        boolean redacted = !visibility.maySeeDetails(event, viewer.office().orElse(null), viewer.isAdmin());
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
