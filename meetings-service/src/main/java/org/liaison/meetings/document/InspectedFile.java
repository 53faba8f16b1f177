package org.liaison.meetings.document;

import java.nio.file.Path;

/**
 * An uploaded file that passed {@link DocumentFiles#inspect}: on local disk, its type read from its bytes.
 *
 * @param searchText its text folded for search (empty for an image)
 */
public record InspectedFile(Path path, String fileName, FileType type, long size, String sha256,
                            String searchText) {
}
