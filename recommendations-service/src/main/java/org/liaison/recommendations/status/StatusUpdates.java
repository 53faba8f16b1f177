package org.liaison.recommendations.status;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.liaison.contracts.EnumCodes;
import org.liaison.contracts.PartialDate;
import org.liaison.recommendations.common.Access;
import org.liaison.recommendations.common.RecommendationsConfig;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.Recommendation;
import org.liaison.recommendations.model.RecommendationSet;
import org.liaison.recommendations.model.RecommendationStatus;
import org.liaison.recommendations.model.TimelineEntry;
import org.liaison.recommendations.recommendation.RecommendationNumber;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.liaison.support.input.Inputs.distinct;
import static org.liaison.support.input.Inputs.texts;
import static org.liaison.support.text.Texts.blankToNull;

/**
 * Status updates of a whole set from one file ({@link StatusUpdateFile}), for offices that report on many
 * recommendations at once. All or nothing: every line is checked as {@code POST /recommendations/{id}/status} checks
 * a report (who may report, the life cycle, progress, meetings), in file order and in one transaction, so a line
 * sees the lines above it; if any line cannot be applied nothing is, and the answer lists every such line with its
 * problems. A line whose report is already on the recommendation's timeline is left as it is, so the same file sent
 * twice changes nothing; an empty line (the template as downloaded) reports nothing.
 */
@ApplicationScoped
public class StatusUpdates {

    /** What became of a line. */
    public enum Outcome {
        APPLIED, UNCHANGED, EMPTY;

        @JsonValue
        public String code() {
            return EnumCodes.code(this);
        }
    }

    /**
     * @param entryId the status change a line added, or that already said what it says; null for an empty line
     */
    public record LineResult(int line, UUID recommendationId, String number, Outcome outcome, UUID entryId) {
    }

    /** The answer to an upload that was applied. */
    public record Result(UUID setId, int applied, int unchanged, int empty, List<LineResult> lines) {
    }

    /** A line that cannot be applied, with every problem found in it. */
    public record LineErrors(int line, List<Problem.FieldError> errors) {
    }

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("meetingIds", "meeting_ids",
            "sourceUrls", "source_urls", "reportedBy", "id");

    private final StatusService service;
    private final Access access;
    private final Validator validator;
    private final RecommendationsConfig config;

    public StatusUpdates(StatusService service, Access access, Validator validator, RecommendationsConfig config) {
        this.service = service;
        this.access = access;
        this.validator = validator;
        this.config = config;
    }

    /** @throws ProblemException 400 or 413 when the body is not such a file ({@link StatusUpdateFile#read}) */
    public List<StatusUpdateFile.Line> read(String body) {
        return StatusUpdateFile.read(body, config.statusUpdatesMax());
    }

    /** The template of a set: one line per recommendation, numbers as written, with where each stands. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String template(UUID setId) {
        RecommendationSet.require(setId, LockModeType.NONE);
        List<Recommendation> recommendations = Recommendation.list("setId = ?1 order by number", setId);
        return StatusUpdateFile.template(recommendations.stream().map(r -> new StatusUpdateFile.TemplateRow(
                r.numberAsWritten, r.id.toString(), r.textAr, r.status.code(), r.progress)).toList());
    }

    /**
     * The meetings named on lines about recommendations the caller may report on: those worth waiting for (a line
     * the caller may not apply is refused whatever it names, and nobody holds a worker with random ids).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UUID> meetingsWorthWaitingFor(UUID setId, List<StatusUpdateFile.Line> lines) {
        RecommendationSet set = RecommendationSet.require(setId, LockModeType.NONE);
        Recommendations named = new Recommendations(Recommendation.list("setId", setId));
        List<UUID> meetings = new ArrayList<>();
        for (StatusUpdateFile.Line line : lines) {
            Recommendation r = named.find(line, new ArrayList<>());
            if (r == null || line.empty() || !access.mayReport(set.issuingOrganizationId, r.leadOfficeId,
                    r.supportingOrganizationIds)) {
                continue;
            }
            for (String item : StatusUpdateFile.items(line.meetingIds())) {
                try {
                    meetings.add(UUID.fromString(item));
                } catch (IllegalArgumentException e) {
                    // Refused when the line is checked.
                }
            }
        }
        return meetings;
    }

    /**
     * Applies every line, or none.
     *
     * @throws ProblemException 404 when there is no such set; 422 listing each line that cannot be applied
     *                          ({@code lines}: {@link LineErrors}), nothing changed
     */
    @Transactional
    public Result apply(UUID setId, List<StatusUpdateFile.Line> lines) {
        RecommendationSet.require(setId, LockModeType.NONE);
        // Locked in one order, the set's whole list at once, so two uploads for the same set never deadlock.
        Recommendations named = new Recommendations(Recommendation.<Recommendation>find("setId = ?1 order by id", setId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list());
        List<LineResult> results = new ArrayList<>();
        List<LineErrors> refused = new ArrayList<>();
        for (StatusUpdateFile.Line line : lines) {
            List<Problem.FieldError> errors = new ArrayList<>();
            if (line.tooLong()) {
                errors.add(new Problem.FieldError("", "has more cells than the header has columns"));
            }
            Recommendation r = named.find(line, errors);
            if (line.empty()) {
                if (errors.isEmpty()) {
                    results.add(new LineResult(line.line(), r.id, r.numberAsWritten, Outcome.EMPTY, null));
                } else {
                    refused.add(new LineErrors(line.line(), errors));
                }
                continue;
            }
            StatusRequests.Report report = report(line, errors);
            if (!errors.isEmpty()) {
                refused.add(new LineErrors(line.line(), errors));
                continue;
            }
            try {
                results.add(apply(line, r, report));
            } catch (ProblemException e) {
                refused.add(new LineErrors(line.line(), errorsOf(e)));
            }
        }
        if (!refused.isEmpty()) {
            List<Problem.FieldError> all = refused.stream().flatMap(l -> l.errors().stream()
                    .map(e -> new Problem.FieldError("lines[" + l.line() + "]" + (e.field().isEmpty() ? ""
                            : "." + e.field()), e.message()))).toList();
            throw ProblemException.unprocessable(refused.size() + " of " + lines.size() + " lines cannot be applied; "
                    + "nothing was changed", all, Map.of("lines", refused));
        }
        return new Result(setId, count(results, Outcome.APPLIED), count(results, Outcome.UNCHANGED),
                count(results, Outcome.EMPTY), results);
    }

    private LineResult apply(StatusUpdateFile.Line line, Recommendation r, StatusRequests.Report report) {
        // Who may report comes first: a line the caller may not apply is refused even when it changes nothing.
        access.requireMayReport(r);
        TimelineEntry already = alreadyReported(r, report);
        if (already != null) {
            return new LineResult(line.line(), r.id, r.numberAsWritten, Outcome.UNCHANGED, already.id);
        }
        TimelineEntry entry = service.apply(r, report);
        return new LineResult(line.line(), r.id, r.numberAsWritten, Outcome.APPLIED, entry.id);
    }

    /** A status change on the timeline that says what the report says (its progress, if the report gives one). */
    private static TimelineEntry alreadyReported(Recommendation r, StatusRequests.Report report) {
        List<UUID> meetings = distinct(report.meetingIds());
        List<String> sources = texts(report.sourceUrls());
        String note = blankToNull(report.note());
        List<TimelineEntry> changes = TimelineEntry.list("recommendationId = ?1 and kind = ?2", r.id,
                EntryKind.STATUS_CHANGE);
        return changes.stream().filter(e -> e.status == report.status() && Objects.equals(e.date(), report.date())
                        && Objects.equals(e.note, note) && e.meetingIds.equals(meetings) && e.sourceUrls.equals(sources)
                        && (report.progress() == null || report.progress().equals(e.progress)))
                .findFirst().orElse(null);
    }

    /** The line as a status report, its cells' problems added to {@code errors} (by column). */
    private StatusRequests.Report report(StatusUpdateFile.Line line, List<Problem.FieldError> errors) {
        RecommendationStatus status = null;
        if (line.status() == null) {
            errors.add(new Problem.FieldError("status", "the status reported is needed"));
        } else {
            try {
                status = RecommendationStatus.fromCode(line.status());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("status", e.getMessage()));
            }
        }
        Integer progress = null;
        if (line.progress() != null) {
            try {
                progress = Integer.valueOf(line.progress().endsWith("%")
                        ? line.progress().substring(0, line.progress().length() - 1).strip() : line.progress());
            } catch (NumberFormatException e) {
                errors.add(new Problem.FieldError("progress", "must be a whole percentage from 0 to 100"));
            }
        }
        PartialDate date = null;
        if (line.date() != null) {
            try {
                date = PartialDate.parse(line.date());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("date", "must be a date, as precise as known: YYYY, YYYY-MM or "
                        + "YYYY-MM-DD"));
            }
        }
        List<UUID> meetings = new ArrayList<>();
        for (String item : StatusUpdateFile.items(line.meetingIds())) {
            try {
                meetings.add(UUID.fromString(item));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("meeting_ids", "«" + item + "» is not a meeting id"));
            }
        }
        StatusRequests.Report report = new StatusRequests.Report(status, progress, date, line.note(), null,
                meetings, StatusUpdateFile.items(line.sourceUrls()));
        // The checks of a JSON report, for what a cell may hold once read (lengths, ranges, URLs); a column already
        // refused above is not refused twice.
        for (ConstraintViolation<StatusRequests.Report> v : validator.validate(report)) {
            String column = column(v.getPropertyPath().toString());
            if (errors.stream().noneMatch(e -> e.field().equals(column))) {
                errors.add(new Problem.FieldError(column, v.getMessage()));
            }
        }
        return report;
    }

    private static List<Problem.FieldError> errorsOf(ProblemException e) {
        Problem problem = e.toProblem(null);
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return List.of(new Problem.FieldError("", problem.detail()));
        }
        return problem.errors().stream().map(f -> new Problem.FieldError(column(f.field()), f.message())).toList();
    }

    /** The CSV column of a request field ({@code meetingIds[0]} is {@code meeting_ids}). */
    private static String column(String field) {
        String name = field.replaceAll("[\\[.].*$", "");
        return COLUMN_OF_FIELD.getOrDefault(name, name);
    }

    private static int count(List<LineResult> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** The set's recommendations, by number and id. */
    private static final class Recommendations {
        private final Map<Integer, Recommendation> byNumber = new HashMap<>();
        private final Map<UUID, Recommendation> byId = new LinkedHashMap<>();

        Recommendations(List<Recommendation> recommendations) {
            recommendations.forEach(r -> {
                byNumber.put(r.number, r);
                byId.put(r.id, r);
            });
        }

        /** The line's recommendation; null with the problem added to {@code errors} when it names none of them. */
        Recommendation find(StatusUpdateFile.Line line, List<Problem.FieldError> errors) {
            Recommendation byNumberCell = null;
            if (line.number() != null) {
                if (!line.number().matches(RecommendationNumber.WRITTEN_PATTERN)) {
                    errors.add(new Problem.FieldError("number", "must be the recommendation's number («٣» or 3)"));
                    return null;
                }
                byNumberCell = byNumber.get(RecommendationNumber.valueOf(line.number()));
                if (byNumberCell == null) {
                    errors.add(new Problem.FieldError("number", "the set has no recommendation " + line.number()));
                    return null;
                }
            }
            if (line.id() == null) {
                if (byNumberCell == null) {
                    errors.add(new Problem.FieldError("number", "name the recommendation by number or id"));
                }
                return byNumberCell;
            }
            Recommendation byIdCell;
            try {
                byIdCell = byId.get(UUID.fromString(line.id()));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("id", "must be a recommendation id"));
                return null;
            }
            if (byIdCell == null) {
                errors.add(new Problem.FieldError("id", "the set has no recommendation " + line.id()));
                return null;
            }
            if (byNumberCell != null && byNumberCell != byIdCell) {
                errors.add(new Problem.FieldError("number", "is not the number of recommendation " + line.id()
                        + " (" + byIdCell.numberAsWritten + ")"));
                return null;
            }
            return byIdCell;
        }
    }
}
