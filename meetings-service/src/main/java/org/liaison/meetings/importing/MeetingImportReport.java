package org.liaison.meetings.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.liaison.support.problem.Problem;

import java.util.List;
import java.util.UUID;

/**
 * What an import of meetings did: {@code created} meetings were recorded (with their events); {@code matched} ones
 * were already recorded under their id (importing the same file again matches them all); {@code rejected} ones were
 * not written at all, each with the fields at fault, named as in {@code POST /meetings}.
 */
public record MeetingImportReport(int created, int matched, List<Rejected> rejected) {

    /**
     * @param index the meeting's position in the file's array, from 0
     * @param id    its id, when it has a readable one
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rejected(int index, UUID id, List<Problem.FieldError> errors) {
    }
}
