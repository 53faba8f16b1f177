package org.liaison.orgs.popolo;

import org.liaison.contracts.EnumCodes;
import org.liaison.contracts.PartialDate;
import org.liaison.orgs.common.IdentifierInput;
import org.liaison.orgs.common.LinkInput;
import org.liaison.orgs.common.OtherNameInput;
import org.liaison.support.input.SourceInput;
import org.liaison.support.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * Reads the texts of one file record into typed values, collecting what is wrong (with the file's field path)
 * instead of stopping at the first mistake. Shared by the Popolo and CSV readers, whose nested items (other names,
 * sources, identifiers, links) have the same Popolo shape.
 */
final class ReadErrors {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
    }

    List<Problem.FieldError> errors() {
        return List.copyOf(errors);
    }

    PartialDate date(String text, String field) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return PartialDate.parse(text.strip());
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    LocalDate day(String text, String field) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(field, "must be a day such as 2024-06-10");
            return null;
        }
    }

    /** Absent or blank is no value; otherwise a whole number (its range is the request's to check). */
    Integer integer(String text, String field) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            add(field, "must be a whole number");
            return null;
        }
    }

    <E extends Enum<E>> E code(Class<E> type, String text, String field) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return EnumCodes.parse(type, text.strip());
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage());
            return null;
        }
    }

    /** Absent or blank is no value; otherwise true or false. */
    Boolean bool(String text, String field) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        add(field, "must be true or false");
        return null;
    }

    void require(Object value, String field, String why) {
        if (value == null || value instanceof String text && text.isBlank()) {
            add(field, "is required" + (why == null ? "" : ": " + why));
        }
    }

    /** A null item is an error, not an item; the caller skips it. */
    boolean present(Object item, String field) {
        if (item == null) {
            add(field, "must not be null");
            return false;
        }
        return true;
    }

    OtherNameInput otherName(Popolo.OtherName n, String path) {
        return new OtherNameInput(n.name(), date(n.startDate(), path + ".start_date"),
                date(n.endDate(), path + ".end_date"), n.note());
    }

    SourceInput source(Popolo.Source s, String path) {
        return new SourceInput(s.publisher(), s.url(), date(s.publishedOn(), path + ".published_on"), s.note(),
                s.title(), s.quote(), day(s.accessedOn(), path + ".accessed_on"), s.language());
    }

    static IdentifierInput identifier(Popolo.Identifier i) {
        return new IdentifierInput(i.scheme(), i.identifier());
    }

    static LinkInput link(Popolo.Link l) {
        return new LinkInput(l.url(), l.note());
    }
}
