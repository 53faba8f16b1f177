package org.liaison.orgs.popolo;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.liaison.support.problem.Problem;

import java.util.List;
import java.util.UUID;

/**
 * What an import did. {@code created} records were written (with their events); {@code matched} ones were
 * already there with the same data (by id), or are the same body under another id ({@code matches} says which);
 * {@code rejected} ones were not written at all, each with the fields at fault.
 *
 * @param ignored properties of the file that Liaison does not keep, e.g. {@code persons.birth_date}
 */
public record ImportReport(Counts created, Counts matched, List<Rejected> rejected, List<Match> matches,
                           List<String> ignored) {

    public record Counts(int organizations, int persons, int memberships) {
    }

    /**
     * @param index the record's position in its list (Popolo) or its data row (CSV), from 0
     * @param id    the record's id as the file writes it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rejected(String type, int index, String id, List<Problem.FieldError> errors) {
    }

    /**
     * A record matched to a stored one under another id; references to {@code id} in the same file were followed
     * to {@code existingId}.
     *
     * @param by          {@code name} (a name of it is a name of the stored one) or {@code merge} (its id was
     *                    merged into {@code existingId})
     * @param matchedName the stored name it matched, for {@code name}
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Match(String type, String id, UUID existingId, String by, String matchedName) {
    }
}
