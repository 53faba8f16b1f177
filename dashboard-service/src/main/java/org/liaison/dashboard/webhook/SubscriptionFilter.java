package org.liaison.dashboard.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import org.liaison.dashboard.stream.EventViews;
import org.liaison.dashboard.visibility.MeetingVisibility;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Which events a subscription wants: types ({@code meeting.scheduled}, or {@code meeting.*} for a family; none =
 * all), an organisation the event names (the organisation itself, a meeting's organiser or visible parties and
 * participants, a role's organisation, an organisation's membership of another on both sides, a merge's winner), a
 * subject ({@code meeting/<id>} or {@code meeting/*}).
 * Applied to what the subscription's office may see, so that a filter cannot reveal a restricted meeting's parties.
 */
public record SubscriptionFilter(List<String> types, UUID organizationId, String subject) {

    public SubscriptionFilter {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /**
     * @param visibleData the event's data as the office may see it ({@link MeetingVisibility#visibleData})
     */
    public boolean matches(String type, String eventSubject, JsonNode visibleData) {
        return (types.isEmpty() || types.stream().anyMatch(t -> like(t, type)))
                && (subject == null || like(subject, eventSubject))
                && (organizationId == null || organizations(type, visibleData).contains(organizationId.toString()));
    }

    /** The organisations the visible part of an event names. */
    static Set<String> organizations(String type, JsonNode data) {
        Set<String> ids = new LinkedHashSet<>();
        if (type.startsWith("organization.")) {
            add(ids, data.get("id"));
        }
        EventViews.ORGANIZATION_FIELDS.forEach(field -> add(ids, data.get(field)));
        data.path("parties").forEach(p -> add(ids, p));
        data.path("participants").forEach(p -> add(ids, p.get("organizationId")));
        return ids;
    }

    static boolean like(String pattern, String value) {
        if (value == null) {
            return false;
        }
        return pattern.endsWith("*") ? value.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(value);
    }

    private static void add(Set<String> ids, JsonNode id) {
        if (id != null && id.isTextual() && !id.asText().isBlank()) {
            ids.add(id.asText());
        }
    }
}
