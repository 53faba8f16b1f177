package org.liaison.meetings.document;

import org.liaison.meetings.common.Limits;
import org.liaison.support.problem.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The fields of {@code POST /documents} besides the file, read from the form's text parts: 400 naming the field for
 * one that is missing or malformed.
 *
 * @param language ISO 639-1, lowercase ({@code ar}); null when not given
 */
public record DocumentForm(String title, DocumentKind kind, String language, LocalDate date, String url,
                           List<UUID> meetingIds, List<UUID> recommendationIds) {

    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2}$");
    private static final Pattern URL = Pattern.compile(Limits.HTTP_URL);

    public static DocumentForm parse(String title, String kind, String language, String date, String url,
                                     List<String> meetingIds, List<String> recommendationIds) {
        String cleanTitle = blankToNull(title);
        if (cleanTitle == null) {
            throw ProblemException.badRequest("title", "must be given");
        }
        if (cleanTitle.length() > Limits.TITLE_MAX) {
            throw ProblemException.badRequest("title", "must be at most " + Limits.TITLE_MAX + " characters");
        }
        if (cleanTitle.chars().anyMatch(Character::isISOControl)) {
            throw ProblemException.badRequest("title", "must be one line without control characters");
        }
        if (blankToNull(kind) == null) {
            throw ProblemException.badRequest("kind", "must be given");
        }
        DocumentKind parsedKind;
        try {
            parsedKind = DocumentKind.fromCode(kind.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind", e.getMessage());
        }
        String cleanLanguage = blankToNull(language);
        if (cleanLanguage != null && !LANGUAGE.matcher(cleanLanguage).matches()) {
            throw ProblemException.badRequest("language", "must be an ISO 639-1 code in lowercase, e.g. ar or en");
        }
        LocalDate parsedDate = null;
        if (blankToNull(date) != null) {
            try {
                parsedDate = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                throw ProblemException.badRequest("date", "must be a date as YYYY-MM-DD");
            }
        }
        String cleanUrl = blankToNull(url);
        if (cleanUrl != null && (cleanUrl.length() > Limits.URL_MAX || !URL.matcher(cleanUrl).matches())) {
            throw ProblemException.badRequest("url", "must be an http or https URL of at most " + Limits.URL_MAX
                    + " characters");
        }
        return new DocumentForm(cleanTitle, parsedKind, cleanLanguage, parsedDate, cleanUrl,
                ids("meetingIds", meetingIds), ids("recommendationIds", recommendationIds));
    }

    /** A document is a file or a link: 400 for neither or both. */
    public void requireFileOrUrl(boolean hasFile) {
        if (hasFile == (url != null)) {
            throw hasFile ? ProblemException.badRequest("url", "give a file or a url, not both")
                    : ProblemException.badRequest("file", "give a file, or a url to the document");
        }
    }

    private static List<UUID> ids(String field, List<String> values) {
        List<UUID> ids = new ArrayList<>();
        if (values == null) {
            return ids;
        }
        if (values.size() > Limits.LIST_MAX) {
            throw ProblemException.badRequest(field, "at most " + Limits.LIST_MAX + " values");
        }
        for (int i = 0; i < values.size(); i++) {
            try {
                UUID id = UUID.fromString(values.get(i).trim());
                if (ids.contains(id)) {
                    throw ProblemException.badRequest(field + "[" + i + "]", "is given twice");
                }
                ids.add(id);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(field + "[" + i + "]", "must be a UUID");
            }
        }
        return ids;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
