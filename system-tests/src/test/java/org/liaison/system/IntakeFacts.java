package org.liaison.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one article's records say, modulo ids: every record under the kind it is ({@code organisation},
 * {@code meeting}, ...) by an identity made of names and texts (an organisation by its Arabic name, a membership by
 * its person's and organisation's names), with its other fields as text, references written as the names they point
 * to. The sample data's records of an article and the records an intake registered from it are both read into this
 * form and compared field by field.
 */
final class IntakeFacts {

    /** Kind → identity → field → value ({@code null} when the record has none). */
    final Map<String, Map<String, Map<String, String>>> records = new LinkedHashMap<>();

    /** Adds a record (fields as name/value pairs) and returns its identity. */
    String add(String kind, String identity, String... fieldsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        Map<String, String> previous = records.computeIfAbsent(kind, k -> new LinkedHashMap<>()).put(identity, fields);
        if (previous != null && !previous.equals(fields)) {
            throw new IllegalStateException(kind + " " + identity + " twice, differently: " + previous + ", " + fields);
        }
        return identity;
    }

    /** The counts of one row of the table: a kind (its records) or one of its fields. */
    static final class Tally {
        int expected;
        int matched;
        int extra;
        final List<String> differences = new ArrayList<>();

        void add(Tally other) {
            expected += other.expected;
            matched += other.matched;
            extra += other.extra;
        }

        String cell() {
            return matched + "/" + expected + (extra > 0 ? " +" + extra : "");
        }

        boolean isExact() {
            return matched == expected && extra == 0;
        }
    }

    /**
     * Compares these (registered) facts with the expected ones, row by row: for a kind, its records found by identity
     * (extra: registered, not expected); for a field, its values on the records found both sides.
     */
    Map<String, Tally> compareWith(IntakeFacts expected, List<String> rowOrder) {
        Map<String, Tally> rows = new LinkedHashMap<>();
        rowOrder.forEach(row -> rows.put(row, new Tally()));
        Set<String> kinds = new LinkedHashSet<>(expected.records.keySet());
        kinds.addAll(records.keySet());
        for (String kind : kinds) {
            Map<String, Map<String, String>> want = expected.records.getOrDefault(kind, Map.of());
            Map<String, Map<String, String>> got = records.getOrDefault(kind, Map.of());
            Tally identity = rows.computeIfAbsent(kind, k -> new Tally());
            for (Map.Entry<String, Map<String, String>> record : want.entrySet()) {
                identity.expected++;
                Map<String, String> registered = got.get(record.getKey());
                if (registered == null) {
                    identity.differences.add("missing " + record.getKey());
                    continue;
                }
                identity.matched++;
                for (Map.Entry<String, String> field : record.getValue().entrySet()) {
                    Tally row = rows.computeIfAbsent(kind + "." + field.getKey(), k -> new Tally());
                    row.expected++;
                    String value = registered.get(field.getKey());
                    if (Objects.equals(field.getValue(), value)) {
                        row.matched++;
                    } else {
                        row.differences.add(record.getKey() + ": expected " + field.getValue() + ", got " + value);
                    }
                }
            }
            for (String registered : got.keySet()) {
                if (!want.containsKey(registered)) {
                    identity.extra++;
                    identity.differences.add("extra " + registered);
                }
            }
        }
        return rows;
    }
}
