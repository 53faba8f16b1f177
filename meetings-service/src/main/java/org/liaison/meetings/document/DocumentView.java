package org.liaison.meetings.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /documents/{id}}: a document's metadata. {@code content} is where its bytes are served (null for a
 * document recorded as a {@code url}).
 */
public record DocumentView(UUID id, long version, String title, DocumentKind kind, String language, LocalDate date,
                           String fileName, String mediaType, Long sizeBytes, String sha256, String url,
                           String content, List<UUID> meetingIds, List<UUID> recommendationIds, boolean restricted,
                           UUID recordedByOffice, Instant recordedAt) {
}
