package org.liaison.support.http;

import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.List;
import java.util.Map;

/**
 * Optimistic concurrency for updates and deletes: the client names the version it read by sending that
 * response's ETag back in {@code If-Match}, and the change is refused if the record has moved on since, so
 * that no one overwrites a change they never saw.
 * <ul>
 *   <li>no If-Match, or {@code If-Match: *} (which names no version) → 428 Precondition Required;</li>
 *   <li>a value that is not a list of quoted entity tags (e.g. an unquoted {@code 3}) → 400;</li>
 *   <li>no strong tag equal to the current version → 412 Precondition Failed, with the current ETag.</li>
 * </ul>
 * Comparison is strong, as RFC 9110 §13.1.1 requires for If-Match: a weak tag {@code W/"3"} never matches,
 * even for version 3. Liaison only hands out strong tags; a weak one means something between (e.g. a
 * compressing proxy) altered the tag, and the 412 says so.
 * <p>
 * Call this inside the update's transaction, on the version just loaded. Two requests with the same If-Match
 * both pass here; the second to flush then fails Hibernate's version check, which is mapped to the same 412.
 */
public final class Preconditions {

    public static final String IF_MATCH = "If-Match";

    private Preconditions() {
    }

    /**
     * @param ifMatch        the raw If-Match header value, null when absent
     * @param currentVersion the record's version as loaded in this transaction (its ETag is {@code "<version>"})
     * @throws ProblemException 428, 400 or 412 as described above
     */
    public static void requireIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            // The current tag is deliberately not offered here: copying it blindly would defeat the check.
            throw required("this change needs an If-Match header with the ETag of the version you read"
                    + " (e.g. If-Match: \"3\"), so that it cannot overwrite a change you have not seen");
        }
        if (ifMatch.strip().equals("*")) {
            throw required("If-Match: * names no version; send the ETag of the version you read");
        }
        List<EntityTagList.Tag> tags;
        try {
            tags = EntityTagList.parse(ifMatch);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(IF_MATCH,
                    "must be one or more quoted entity tags, e.g. \"3\" (" + e.getMessage() + ")");
        }
        String current = Long.toString(currentVersion);
        boolean weakOnly = false;
        for (EntityTagList.Tag tag : tags) {
            if (tag.opaque().equals(current)) {
                if (!tag.weak()) {
                    return;
                }
                weakOnly = true;
            }
        }
        String detail = weakOnly
                ? "a weak entity tag (W/" + tag(currentVersion) + ") never matches If-Match; send the strong tag "
                        + tag(currentVersion) + " as the ETag header gave it"
                : "the record was changed meanwhile: it is now at " + tag(currentVersion)
                        + ", not the version your If-Match names; read it again and retry";
        throw new ProblemException(412, "Precondition Failed", detail,
                List.of(new Problem.FieldError(IF_MATCH, detail)),
                Map.of("currentVersion", currentVersion), Map.of("ETag", tag(currentVersion)));
    }

    private static ProblemException required(String detail) {
        return new ProblemException(428, "Precondition Required", detail,
                List.of(new Problem.FieldError(IF_MATCH, "is required")), Map.of());
    }

    private static String tag(long version) {
        return '"' + Long.toString(version) + '"';
    }
}
