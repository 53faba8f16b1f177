package org.liaison.meetings.importing;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jboss.logging.Logger;
import org.liaison.meetings.meeting.MeetingRequests;
import org.liaison.meetings.recommendation.RecommendationDirectory;
import org.liaison.support.persistence.DatabaseUnavailable;
import org.liaison.support.problem.FieldPaths;
import org.liaison.support.problem.Problem;
import org.liaison.support.problem.ProblemException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Imports an array of meetings, each the body {@code POST /meetings} takes: each is read and validated on its own
 * (Bean Validation, as the resource's {@code @Valid}), then the valid ones are written in chunks of
 * {@code liaison.meetings.import.chunk-size} through {@link MeetingImportWrites}; a chunk that fails is written
 * again meeting by meeting, so a refused meeting is reported with its fields and the others land. Every meeting
 * needs its {@code id}: it is what makes importing the same file again harmless.
 */
@ApplicationScoped
public class MeetingImporter {

    private static final Logger LOG = Logger.getLogger(MeetingImporter.class);

    /** A meeting of the file that was read and is valid, with its place in the file. */
    private record Valid(int index, MeetingRequests.Schedule request) {
    }

    private final ObjectMapper mapper;
    private final Validator validator;
    private final MeetingImportWrites writes;
    private final RecommendationDirectory recommendations;
    private final MeetingImportConfig config;

    public MeetingImporter(ObjectMapper mapper, Validator validator, MeetingImportWrites writes,
                           RecommendationDirectory recommendations, MeetingImportConfig config) {
        this.mapper = mapper;
        this.validator = validator;
        this.writes = writes;
        this.recommendations = recommendations;
        this.config = config;
    }

    public MeetingImportReport run(JsonNode file) {
        if (file == null || !file.isArray()) {
            throw ProblemException.badRequest("", "must be a JSON array of meetings, each as POST /meetings takes it");
        }
        if (file.size() > config.maxRecords()) {
            throw ProblemException.contentTooLarge("the file has " + file.size() + " meetings; one "
                    + "import takes at most " + config.maxRecords() + ": split the file",
                    Map.of("maxRecords", config.maxRecords()));
        }
        List<MeetingImportReport.Rejected> rejected = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < file.size(); i++) {
            read(i, file.get(i), ids, valid, rejected);
        }
        // As POST /meetings does: recommendations added a moment ago get a short while to reach the directory.
        recommendations.awaitKnown(valid.stream().map(v -> v.request().advances()).filter(Objects::nonNull)
                .flatMap(List::stream).distinct().toList());
        int[] tally = new int[2];
        for (int from = 0; from < valid.size(); from += config.chunkSize()) {
            write(valid.subList(from, Math.min(valid.size(), from + config.chunkSize())), tally, rejected);
        }
        rejected.sort(Comparator.comparingInt(MeetingImportReport.Rejected::index));
        return new MeetingImportReport(tally[0], tally[1], rejected);
    }

    private void read(int index, JsonNode element, Set<UUID> ids, List<Valid> valid,
                      List<MeetingImportReport.Rejected> rejected) {
        UUID id = idOf(element);
        MeetingRequests.Schedule request;
        try {
            request = mapper.treeToValue(element, MeetingRequests.Schedule.class);
        } catch (JsonMappingException e) {
            rejected.add(new MeetingImportReport.Rejected(index, id, List.of(FieldPaths.ofUnreadable(e))));
            return;
        } catch (Exception e) {
            rejected.add(new MeetingImportReport.Rejected(index, id,
                    List.of(new Problem.FieldError("", "must be a meeting object"))));
            return;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request == null) {
            errors.add(new Problem.FieldError("", "must be a meeting object"));
        } else {
            for (ConstraintViolation<MeetingRequests.Schedule> v : validator.validate(request)) {
                errors.add(new Problem.FieldError(FieldPaths.ofViolation(v), v.getMessage()));
            }
            if (request.id() == null) {
                errors.add(new Problem.FieldError("id", "is required on import: importing the same file again "
                        + "finds the meetings by it"));
            } else if (!ids.add(request.id())) {
                errors.add(new Problem.FieldError("id", "appears more than once in this file"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            rejected.add(new MeetingImportReport.Rejected(index, id, errors));
            return;
        }
        valid.add(new Valid(index, request));
    }

    private void write(List<Valid> chunk, int[] tally, List<MeetingImportReport.Rejected> rejected) {
        try {
            writes.chunk(chunk.stream().map(Valid::request).toList()).forEach(result -> count(result, tally));
            return;
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                throw e; // 503 for the whole import, which is safe to send again; no meeting is to blame
            }
            LOG.debugf("A chunk of %d meetings was refused (%s); writing them one by one", chunk.size(), e);
        }
        for (Valid v : chunk) {
            try {
                count(writes.one(v.request()), tally);
            } catch (ProblemException e) {
                Problem problem = e.toProblem(null);
                List<Problem.FieldError> errors = problem.errors() == null || problem.errors().isEmpty()
                        ? List.of(new Problem.FieldError("", problem.detail())) : problem.errors();
                rejected.add(new MeetingImportReport.Rejected(v.index(), v.request().id(), errors));
            } catch (RuntimeException e) {
                if (DatabaseUnavailable.causedBy(e)) {
                    throw e;
                }
                LOG.errorf(e, "Import of meeting %s failed", v.request().id());
                rejected.add(new MeetingImportReport.Rejected(v.index(), v.request().id(),
                        List.of(new Problem.FieldError("", "could not be stored; the server logged why"))));
            }
        }
    }

    private static void count(MeetingImportWrites.Result result, int[] tally) {
        tally[result == MeetingImportWrites.Result.CREATED ? 0 : 1]++;
    }

    private static UUID idOf(JsonNode element) {
        try {
            return element != null && element.path("id").isTextual() ? UUID.fromString(element.get("id").asText())
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
