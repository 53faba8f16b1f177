package org.liaison.orgs.popolo;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the path of a field in a domain request ({@code otherNames[1].startDate}) into where the import file has
 * it ({@code other_names[3].start_date}), so that a rejected record names the field the way its author wrote it.
 * A reader registers the paths that move (Popolo's one {@code other_names} list feeds three domain fields); every
 * other segment is the domain name in snake_case, which is what both Popolo and the CSV columns use.
 */
final class FieldNames {

    private final Map<String, String> moved = new HashMap<>();

    /** The domain path prefix {@code domain} is {@code source} in the file. */
    FieldNames put(String domain, String source) {
        moved.put(domain, source);
        return this;
    }

    String of(String domainPath) {
        String best = null;
        for (String prefix : moved.keySet()) {
            boolean matches = domainPath.equals(prefix) || domainPath.startsWith(prefix + ".")
                    || domainPath.startsWith(prefix + "[");
            if (matches && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        String path = best == null ? snake(domainPath) : moved.get(best) + snake(domainPath.substring(best.length()));
        // Cross-field checks of the request inputs are named after their methods; say which field to fix.
        return path.replaceAll("\\.ordered$", ".end_date").replaceAll("\\.identified$", "");
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
