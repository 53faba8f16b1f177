package org.liaison.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A reviewer's corrections to the proposal of an article's intake ({@code intake/NNN-review.json}), each one thing a
 * person does on the review page: set a field, add an item the draft missed, remove one it should not have proposed.
 *
 * <p>A correction is {@code {"set" | "add" | "remove": PATH, "value": ..., "why": "..."}}. A path is dotted fields
 * and array selectors: {@code meeting.organizer}, {@code organizations[nameAr=مدنية].kind},
 * {@code people[nameAr=بدر جاموس].roles}, {@code statements[textAr^=وخلال اللقاء]} (starts with),
 * {@code meeting.unnamedParticipants[0]}. {@code set} replaces the field, {@code add} appends to the array at the path
 * (an organisation or person added gets a key), {@code remove} takes the selected element out. A text value
 * {@code @org:NAME} or {@code @person:NAME} stands for the key of the body's organisation or person of that Arabic
 * name, resolved once every correction is applied, so the reviewer refers to records as the page shows them.
 */
final class IntakeReview {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One correction as the file gives it. */
    record Correction(String action, String path, JsonNode value, String why) {
    }

    final String article;
    final List<Correction> corrections;

    private IntakeReview(String article, List<Correction> corrections) {
        this.article = article;
        this.corrections = List.copyOf(corrections);
    }

    /** The review of article {@code number} ({@code "004"}), from {@code intake/NNN-review.json}. */
    static IntakeReview of(String number) {
        String resource = "/intake/" + number + "-review.json";
        try (InputStream in = IntakeReview.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            JsonNode file = JSON.readTree(in);
            List<Correction> corrections = new ArrayList<>();
            for (JsonNode c : file.path("corrections")) {
                String action = c.has("set") ? "set" : c.has("add") ? "add" : c.has("remove") ? "remove" : null;
                if (action == null || !c.hasNonNull("why")) {
                    throw new IllegalStateException(resource + ": a correction needs set, add or remove, and why: "
                            + c);
                }
                corrections.add(new Correction(action, c.get(action).asText(), c.get("value"), c.get("why").asText()));
            }
            return new IntakeReview(number, corrections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The accept body: the proposal with every correction applied (the proposal itself is left as it was). */
    ObjectNode apply(JsonNode proposal) {
        ObjectNode body = proposal.deepCopy();
        int added = 0;
        for (Correction c : corrections) {
            try {
                switch (c.action()) {
                    case "set" -> set(body, c.path(), c.value().deepCopy());
                    case "add" -> {
                        JsonNode value = c.value().deepCopy();
                        if (value instanceof ObjectNode entry && !entry.has("key")
                                && (c.path().equals("organizations") || c.path().equals("people"))) {
                            entry.put("key", "r" + added++);
                        }
                        ((ArrayNode) select(body, body, c.path())).add(value);
                    }
                    default -> remove(body, c.path());
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("article " + article + ": cannot apply " + c + " to " + body, e);
            }
        }
        try {
            return (ObjectNode) resolveReferences(body, body);
        } catch (RuntimeException e) {
            throw new IllegalStateException("article " + article + ": " + e.getMessage() + " in " + body, e);
        }
    }

    /** How many leaf values the corrections write: an added person with a name, honorific and a role counts 4. */
    int fieldsTouched() {
        int fields = 0;
        for (Correction c : corrections) {
            fields += c.action().equals("remove") ? 1 : leaves(c.value());
        }
        return fields;
    }

    private static int leaves(JsonNode node) {
        if (node == null || node.isNull()) {
            return 1;
        }
        if (!node.isContainerNode()) {
            return 1;
        }
        int count = 0;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        if (node.isArray()) {
            for (JsonNode element : node) {
                count += leaves(element);
            }
            return Math.max(count, 1);
        }
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getKey().equals("decision")) {
                count += leaves(field.getValue());
            }
        }
        return Math.max(count, 1);
    }

    private static void set(ObjectNode body, String path, JsonNode value) {
        int dot = lastSeparator(path);
        String last = path.substring(dot + 1);
        JsonNode parent = dot < 0 ? body : select(body, body, path.substring(0, dot));
        if (last.contains("[")) {
            JsonNode array = select(body, parent, last.substring(0, last.indexOf('[')));
            ((ArrayNode) array).set(index(body, array, last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static void remove(ObjectNode body, String path) {
        int dot = lastSeparator(path);
        String last = path.substring(dot + 1);
        JsonNode parent = dot < 0 ? body : select(body, body, path.substring(0, dot));
        JsonNode array = parent.get(last.substring(0, last.indexOf('[')));
        ((ArrayNode) array).remove(index(body, array, last));
    }

    /** The node at the path; fails when any step selects nothing. */
    private static JsonNode select(ObjectNode body, JsonNode from, String path) {
        JsonNode node = from;
        for (String segment : segments(path)) {
            String field = segment.contains("[") ? segment.substring(0, segment.indexOf('[')) : segment;
            node = node.get(field);
            if (node == null) {
                throw new IllegalArgumentException("no " + field + " in " + path);
            }
            if (segment.contains("[")) {
                node = node.get(index(body, node, segment));
            }
        }
        return node;
    }

    /**
     * The index an array selector ({@code [3]}, {@code [nameAr=...]}, {@code [textAr^=...]},
     * {@code [organization=@org:NAME]}) picks: exactly one.
     */
    private static int index(ObjectNode body, JsonNode array, String segment) {
        String selector = segment.substring(segment.indexOf('[') + 1, segment.lastIndexOf(']'));
        if (selector.matches("\\d+")) {
            int i = Integer.parseInt(selector);
            if (i >= array.size()) {
                throw new IllegalArgumentException("no element " + i + " of " + array);
            }
            return i;
        }
        boolean prefix = selector.contains("^=");
        String field = selector.substring(0, selector.indexOf(prefix ? "^=" : "="));
        String wanted = resolveReferences(TextNode.valueOf(selector.substring(selector.indexOf('=') + 1)), body)
                .asText();
        int found = -1;
        for (int i = 0; i < array.size(); i++) {
            String value = array.get(i).path(field).asText(null);
            if (value != null && (prefix ? value.startsWith(wanted) : value.equals(wanted))) {
                if (found >= 0) {
                    throw new IllegalArgumentException(segment + " selects more than one element");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException(segment + " selects nothing");
        }
        return found;
    }

    private static List<String> segments(String path) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (c == '.' && depth == 0) {
                out.add(path.substring(start, i));
                start = i + 1;
            }
        }
        out.add(path.substring(start));
        return out;
    }

    private static int lastSeparator(String path) {
        int depth = 0;
        for (int i = path.length() - 1; i >= 0; i--) {
            char c = path.charAt(i);
            depth += c == ']' ? 1 : c == '[' ? -1 : 0;
            if (c == '.' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static JsonNode resolveReferences(JsonNode node, ObjectNode body) {
        if (node.isTextual()) {
            String text = node.asText();
            if (text.startsWith("@org:")) {
                return TextNode.valueOf(keyOf(body, "organizations", text.substring(5)));
            }
            if (text.startsWith("@person:")) {
                return TextNode.valueOf(keyOf(body, "people", text.substring(8)));
            }
            return node;
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(f -> f.setValue(resolveReferences(f.getValue(), body)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolveReferences(array.get(i), body));
            }
        }
        return node;
    }

    private static String keyOf(ObjectNode body, String list, String nameAr) {
        for (JsonNode entry : body.path(list)) {
            if (nameAr.equals(entry.path("nameAr").asText(null))) {
                return entry.get("key").asText();
            }
        }
        throw new IllegalArgumentException("no " + list + " entry named " + nameAr);
    }
}
