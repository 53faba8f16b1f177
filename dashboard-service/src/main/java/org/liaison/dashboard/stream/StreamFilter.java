package org.liaison.dashboard.stream;

import org.liaison.support.http.QueryParams;
import org.liaison.support.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What a client wants to see: event types ({@code meeting.scheduled}, or {@code meeting.*} for a family),
 * organisations (an event matches if it names one of them: the organisation itself, a meeting's organiser or
 * visible parties, a role's organisation) and subjects ({@code meeting/<id>}, or {@code meeting/*}). Each is a
 * comma-separated list; an empty one lets everything through. Applied to what the viewer may see, so that a
 * filter cannot reveal a restricted meeting's parties.
 */
public record StreamFilter(List<String> types, Set<String> organizations, List<String> subjects) {

    private static final int MAX_ITEMS = 50;

    public static final StreamFilter ALL = new StreamFilter(List.of(), Set.of(), List.of());

    public static StreamFilter parse(String type, String org, String subject) {
        List<String> types = split("type", type);
        Set<String> orgs = split("org", org).stream().map(id -> QueryParams.uuid("org", id)).map(UUID::toString)
                .collect(Collectors.toUnmodifiableSet());
        return new StreamFilter(types, orgs, split("subject", subject));
    }

    public boolean matches(EventView view) {
        return (types.isEmpty() || types.stream().anyMatch(t -> like(t, view.type())))
                && (subjects.isEmpty() || subjects.stream().anyMatch(s -> like(s, view.subject())))
                && (organizations.isEmpty() || view.organizationIds().stream().anyMatch(organizations::contains));
    }

    private static boolean like(String pattern, String value) {
        if (value == null) {
            return false;
        }
        return pattern.endsWith("*") ? value.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(value);
    }

    private static List<String> split(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        List<String> items = Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (items.size() > MAX_ITEMS || items.stream().anyMatch(s -> s.length() > 200)) {
            throw ProblemException.badRequest(field, "at most " + MAX_ITEMS + " values of at most 200 characters");
        }
        return items;
    }
}
