package org.liaison.orgs.popolo;

import org.liaison.support.problem.ProblemException;

import java.util.Map;

/** The answers to an import file that cannot be imported at all, the same for Popolo and CSV. */
final class ImportLimits {

    private ImportLimits() {
    }

    static void requireAtMost(int records, int maxRecords) {
        if (records > maxRecords) {
            throw ProblemException.contentTooLarge("the file has " + records
                    + " records; one import takes at most " + maxRecords + ": split the file",
                    Map.of("maxRecords", maxRecords));
        }
    }

    static ProblemException notAFile(String field, String message) {
        return ProblemException.badRequest(field, message);
    }
}
