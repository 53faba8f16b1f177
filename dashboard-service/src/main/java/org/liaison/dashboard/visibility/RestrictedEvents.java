package org.liaison.dashboard.visibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What an office may see of an event <em>by the event's own data</em>, the same as the REST APIs apply: an event whose
 * data says {@code restricted: true} (the {@code meeting.*}, {@code statement.*} and {@code document.*} events of a
 * restricted meeting) is shown in full only to the offices among its {@code parties} (and to admins); anyone else
 * sees its id, version, kind, date and organiser (a statement's meeting, a document's meetings) only, marked
 * {@code redacted: true}.
 * <p>
 * This is half of the rule: an event published before its meeting was restricted says {@code restricted: false}.
 * Every view must ask {@link MeetingVisibility}, which also applies the meeting's current state (M1).
 */
public final class RestrictedEvents {

    /**
     * What a redacted event keeps of its data (a statement's: its id and version, and the meeting it is of; a
     * document's: the meetings it is linked to).
     */
    public static final List<String> REDACTED_FIELDS = List.of("id", "version", "kind", "date", "organizerId",
            "meetingId", "meetingIds", "restricted");

    private RestrictedEvents() {
    }

    public static boolean isRestricted(JsonNode data) {
        return data != null && data.path("restricted").asBoolean(false);
    }

    /** The offices taking part; entries that are not office ids name nobody. */
    public static List<UUID> parties(JsonNode data) {
        List<UUID> parties = new ArrayList<>();
        data.path("parties").forEach(p -> {
            try {
                parties.add(UUID.fromString(p.asText()));
            } catch (IllegalArgumentException e) {
                // names nobody
            }
        });
        return parties;
    }

    /** Whether {@code office} (null: none) sees the event's data in full. */
    public static boolean maySeeDetails(JsonNode data, UUID office, boolean admin) {
        return !isRestricted(data) || admin || (office != null && parties(data).contains(office));
    }

    public static ObjectNode redact(JsonNode data) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        for (String field : REDACTED_FIELDS) {
            if (data.has(field)) {
                kept.set(field, data.get(field));
            }
        }
        kept.put("redacted", true);
        return kept;
    }
}
