package org.liaison.support.readmodel;

import java.util.Map;
import java.util.UUID;

/**
 * One row that a rebuild added, changed or removed in a {@link ReadModel}'s live table, by column name.
 *
 * @param before      the live row before, or {@code null} when the rebuild added it
 * @param after       the rebuilt row, or {@code null} when the rebuild removed it (absent from the complete history)
 * @param actorOffice the CloudEvents {@code actoroffice} of the event that gave {@code after}, and so on
 */
public record RowChange(UUID id, Map<String, Object> before, Map<String, Object> after, String actorOffice,
                        String actorSubject, String actorRole) {

    public boolean added() {
        return before == null;
    }

    public boolean removed() {
        return after == null;
    }
}
