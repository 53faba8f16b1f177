package org.liaison.orgs.popolo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.support.problem.Problem;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Reads the body of {@code POST /import/popolo}. A body that is not a Popolo document at all is a 400; inside it,
 * each record is read on its own, so one record of the wrong shape is rejected and the others still import.
 * Properties Popolo has but Liaison does not keep (a person's {@code birth_date}, an organisation's
 * {@code image}, top-level {@code areas}) are skipped and listed in the report's {@code ignored}, rather than
 * failing files that come from other Popolo publishers.
 */
@ApplicationScoped
class PopoloFiles {

    private static final String ORGANIZATIONS = "organizations";
    private static final String PERSONS = "persons";
    private static final String MEMBERSHIPS = "memberships";
    private static final String SHAPE = "a Popolo document is a JSON object with organizations, persons and/or "
            + "memberships arrays";

    private final ObjectMapper mapper;
    private final ImportConfig config;

    PopoloFiles(ObjectMapper mapper, ImportConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    Incoming.File read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ImportLimits.notAFile("", SHAPE);
        }
        Set<String> ignored = new TreeSet<>();
        int records = 0;
        boolean any = false;
        for (Iterator<String> fields = body.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!List.of(ORGANIZATIONS, PERSONS, MEMBERSHIPS).contains(field)) {
                ignored.add(field);
                continue;
            }
            if (!body.get(field).isArray()) {
                throw ImportLimits.notAFile(field, "must be an array");
            }
            any = true;
            records += body.get(field).size();
        }
        if (!any) {
            throw ImportLimits.notAFile("", SHAPE);
        }
        ImportLimits.requireAtMost(records, config.maxRecords());
        return new Incoming.File(
                list(body, ORGANIZATIONS, Popolo.Organization.class, Incoming.ORGANIZATION, PopoloReader::organization,
                        ignored),
                list(body, PERSONS, Popolo.Person.class, Incoming.PERSON, PopoloReader::person, ignored),
                list(body, MEMBERSHIPS, Popolo.Membership.class, Incoming.MEMBERSHIP, PopoloReader::membership,
                        ignored),
                List.copyOf(ignored));
    }

    private <P, R> List<Incoming<R>> list(JsonNode body, String field, Class<P> type, String recordType,
                                          BiFunction<Integer, P, Incoming<R>> reader, Set<String> ignored) {
        List<Incoming<R>> records = new ArrayList<>();
        JsonNode items = body.path(field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String id = item.path("id").isTextual() ? item.path("id").asText() : null;
            if (!item.isObject()) {
                records.add(unreadable(recordType, i, id, new Problem.FieldError("", "must be an object")));
                continue;
            }
            try {
                P record = mapper.readerFor(type).withHandler(new Skipped(field, ignored)).readValue(item);
                records.add(reader.apply(i, record));
            } catch (JsonMappingException e) {
                records.add(unreadable(recordType, i, id, new Problem.FieldError(path(e), "has the wrong type")));
            } catch (IOException e) {
                records.add(unreadable(recordType, i, id, new Problem.FieldError("", "cannot be read")));
            }
        }
        return records;
    }

    private static <R> Incoming<R> unreadable(String type, int index, String id, Problem.FieldError error) {
        return new Incoming<>(type, index, id, null, Incoming.References.NONE, new FieldNames(), List.of(error));
    }

    /** The JSON path of the value at fault, as the file names it: {@code other_names[2].start_date}. */
    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                out.append(out.isEmpty() ? "" : ".").append(ref.getFieldName());
            }
        }
        return out.toString();
    }

    /** Skips a property the records do not have, and notes it (without indexes: one line per kind of property). */
    private static final class Skipped extends DeserializationProblemHandler {

        private final String list;
        private final Set<String> ignored;

        Skipped(String list, Set<String> ignored) {
            this.list = list;
            this.ignored = ignored;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                             JsonDeserializer<?> deserializer, Object beanOrClass,
                                             String propertyName) throws IOException {
            Deque<String> names = new ArrayDeque<>();
            for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
                if (c.inObject() && c.getCurrentName() != null) {
                    names.push(c.getCurrentName());
                }
            }
            if (names.isEmpty() || !names.peekLast().equals(propertyName)) {
                names.addLast(propertyName);
            }
            ignored.add(list + "." + String.join(".", names));
            parser.skipChildren();
            return true;
        }
    }
}
