package org.liaison.infra.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One bad request and the answer it must get, as a row of a case file in {@code bad-input/} (listed in
 * {@code bad-input/index.txt}). The services' bad-input tests and fault F7 read the same files, so the fault reruns
 * exactly the cases the tests hold the services to. A row has eight columns separated by {@code |}:
 * {@code name | caller | method | path | headers | body | status | field}; {@code ~} is "none", a value in backticks
 * is taken verbatim (spaces kept), lines starting with {@code #} are comments. {@code headers} is
 * {@code Name=value} pairs separated by {@code ;}. Placeholders: {@code {random}} an id nobody knows (one per case),
 * with its forms {@code {RANDOM}} (upper case), {@code {hex}} (no hyphens), {@code {short}} (one digit short),
 * {@code {random-g}} (a non-hex digit) and {@code {long}} (3000 letters); other {@code {name}}s are given by whoever
 * sends the case (an organisation or meeting that exists); {@code <<ar:301>>} and the like are repetitions
 * ({@link BadInput#expand}). For callers see {@link BadInputClient}.
 */
public record BadInputCase(String file, String name, String caller, String method, String path,
                           Map<String, String> headers, String body, int status, String field) {

    private static final String DIRECTORY = "bad-input/";
    private static final int COLUMNS = 8;

    /** Every case file, as the index lists them. */
    public static List<String> files() {
        List<String> files = new ArrayList<>();
        for (String line : lines("index.txt")) {
            files.add(line.trim());
        }
        return files;
    }

    /** The cases of one file ({@code orgs-service/organization-bodies.csv}), placeholders not yet filled. */
    public static List<BadInputCase> load(String file) {
        List<BadInputCase> cases = new ArrayList<>();
        boolean header = true;
        for (String line : lines(file)) {
            List<String> cells = cells(line);
            if (cells.size() != COLUMNS) {
                throw new IllegalArgumentException(file + ": " + cells.size() + " columns, not " + COLUMNS + ": "
                        + line);
            }
            if (header) {
                header = false;
                continue;
            }
            cases.add(new BadInputCase(file, cells.get(0), cells.get(1), cells.get(2), cells.get(3),
                    headers(cells.get(4)), cells.get(5), Integer.parseInt(cells.get(6)), cells.get(7)));
        }
        return cases;
    }

    /** The cases of one file as {@code {name, case}} pairs, for a parameterized test's {@code @MethodSource}. */
    public static Stream<Object[]> arguments(String file) {
        return load(file).stream().map(c -> new Object[]{c.name(), c});
    }

    /** This case with its placeholders filled from {@code values} (keys without braces) and repetitions expanded. */
    public BadInputCase filled(Map<String, String> values) {
        String random = UUID.randomUUID().toString();
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("RANDOM", random.toUpperCase(Locale.ROOT));
        all.put("hex", random.replace("-", ""));
        all.put("short", random.substring(0, 35));
        all.put("random-g", random.substring(0, 35) + "g");
        all.put("long", "a".repeat(3000));
        all.put("random", random);
        Map<String, String> filledHeaders = new LinkedHashMap<>();
        headers.forEach((k, v) -> filledHeaders.put(k, fill(v, all)));
        return new BadInputCase(file, name, fill(caller, all), method, fill(path, all), filledHeaders, fill(body, all),
                status, field);
    }

    @Override
    public String toString() {
        return file + ": " + name;
    }

    private static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return null;
        }
        String out = BadInput.expand(template);
        for (Map.Entry<String, String> value : values.entrySet()) {
            out = out.replace("{" + value.getKey() + "}", value.getValue());
        }
        return out;
    }

    private static Map<String, String> headers(String cell) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (cell != null) {
            for (String pair : cell.split(";")) {
                int equals = pair.indexOf('=');
                if (equals < 0) {
                    throw new IllegalArgumentException("a header without '=': " + pair);
                }
                headers.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return headers;
    }

    /** Cells split at {@code |} outside backticks; unquoted cells trimmed, {@code ~} and empty ones null. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '`') {
                if (!wasQuoted) {
                    cell.setLength(0);
                }
                quoted = !quoted;
                wasQuoted = true;
            } else if (c == '|' && !quoted) {
                cells.add(value(cell, wasQuoted));
                cell.setLength(0);
                wasQuoted = false;
            } else if (quoted || wasQuoted && Character.isWhitespace(c)) {
                if (quoted) {
                    cell.append(c);
                }
            } else {
                cell.append(c);
            }
        }
        cells.add(value(cell, wasQuoted));
        return cells;
    }

    private static String value(StringBuilder cell, boolean quoted) {
        if (quoted) {
            return cell.toString();
        }
        String trimmed = cell.toString().trim();
        return trimmed.isEmpty() || trimmed.equals("~") ? null : trimmed;
    }

    private static List<String> lines(String file) {
        InputStream in = BadInputCase.class.getClassLoader().getResourceAsStream(DIRECTORY + file);
        if (in == null) {
            throw new IllegalArgumentException("no case file " + DIRECTORY + file);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.stripLeading().startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
