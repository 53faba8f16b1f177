package org.liaison.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A document of meetings (a working paper, a final statement, minutes, a letter) as meetings-service recorded it,
 * carried by {@code document.recorded}: its metadata, never its bytes (GET /documents/{id}/content serves those).
 *
 * @param kind              working_paper, final_statement, minutes or letter
 * @param language          the ISO 639-1 code of its language ({@code ar}, {@code en}, {@code ku}), null if unknown
 * @param date              the date the document bears, null if unknown
 * @param fileName          the name it was uploaded under; null for a document given as a {@code url}
 * @param mediaType         the type read from its bytes (application/pdf, ...); null for a {@code url}
 * @param sizeBytes         its size; null for a {@code url}
 * @param sha256            the SHA-256 of its bytes, in lowercase hex; null for a {@code url}
 * @param url               where the document is, for one recorded as a link instead of a file
 * @param meetingIds        the meetings it belongs to
 * @param recommendationIds the recommendations (recommendations-service) it concerns
 * @param restricted        whether one of its meetings is restricted: then only {@code parties} (and admins) see it
 * @param parties           the offices that take part in every restricted meeting it belongs to (empty when none
 *                          is restricted): consumers that show it to others show only its id, kind and date
 */
public record DocumentState(UUID id, long version, String title, String kind, String language, LocalDate date,
                            String fileName, String mediaType, Long sizeBytes, String sha256, String url,
                            List<UUID> meetingIds, List<UUID> recommendationIds, boolean restricted,
                            List<UUID> parties, UUID recordedByOffice, Instant recordedAt)
        implements AggregateState {

    public DocumentState {
        meetingIds = meetingIds == null ? List.of() : List.copyOf(meetingIds);
        recommendationIds = recommendationIds == null ? List.of() : List.copyOf(recommendationIds);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
