package org.liaison.orgs.matching;

import java.util.UUID;

/**
 * A registered record one of whose names has the key looked up.
 *
 * @param id    the record
 * @param name  its own name (Arabic, else English), for a reviewer
 * @param layer which of its names matched: {@code NAME}, {@code SHORT_NAME}, {@code ACRONYM} or {@code OTHER_NAME}
 */
public record NameMatch(UUID id, String name, String layer) {
}
