package org.liaison.orgs.common;

import org.liaison.support.problem.ProblemException;

import java.util.Map;
import java.util.UUID;

/**
 * 409: a record under this id is stored already, with its id as {@code existingId}. A type of its own because the
 * importer does not refuse such a record: another request registered it since the importer looked the id up, so it
 * looks again and compares. It catches this type rather than reading a 409 and an {@code existingId} back.
 */
public final class IdTaken extends ProblemException {

    /** @param detail e.g. "person … is already registered" */
    public IdTaken(String detail, UUID id) {
        super(ProblemException.conflict(detail, Map.of("existingId", id)));
    }
}
