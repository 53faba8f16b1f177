package org.liaison.dashboard.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the samples of the Prometheus text exposition format (what {@code /q/metrics} answers): {@code name},
 * optional {@code {label="value",...}}, the value, an optional timestamp; comment lines ({@code # HELP},
 * {@code # TYPE}) and blank lines are skipped, and so is an exemplar after a value. No parser of the format is on
 * the classpath (the Prometheus client here only writes it), and the panel needs a handful of counters, so this
 * reads just the samples.
 */
public final class PrometheusText {

    /** One sample line. */
    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private PrometheusText() {
    }

    /**
     * @throws IllegalArgumentException at the first line that is not a sample, naming its number
     */
    public static List<Sample> parse(String text) {
        List<Sample> samples = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                samples.add(sample(trimmed));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + number + " is not a sample: " + e.getMessage(), e);
            }
        }
        return samples;
    }

    /** The values of one metric summed per value of one of its labels (e.g. dead letters per consumer). */
    public static Map<String, Double> sumBy(List<Sample> samples, String name, String label) {
        Map<String, Double> sums = new TreeMap<>();
        for (Sample sample : samples) {
            if (sample.name().equals(name)) {
                sums.merge(sample.labels().getOrDefault(label, ""), sample.value(), Double::sum);
            }
        }
        return sums;
    }

    private static Sample sample(String line) {
        int i = 0;
        while (i < line.length() && isNameChar(line.charAt(i), i == 0)) {
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException("no metric name");
        }
        String name = line.substring(0, i);
        Map<String, String> labels = new LinkedHashMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i = labels(line, i + 1, labels);
        }
        String rest = line.substring(i);
        // With tracing on, Micrometer ends a sample with an exemplar ("... 3.0 # {trace_id=\"...\"} 1.0 1765...").
        int exemplar = rest.indexOf(" # ");
        String[] parts = (exemplar < 0 ? rest : rest.substring(0, exemplar)).strip().split("[ \t]+");
        if (parts.length == 0 || parts[0].isEmpty() || parts.length > 2) {
            throw new IllegalArgumentException("expected a value and at most a timestamp after " + name);
        }
        return new Sample(name, Map.copyOf(labels), value(parts[0]));
    }

    /** Reads {@code label="value"} pairs up to the closing brace; returns the index after it. */
    private static int labels(String line, int from, Map<String, String> into) {
        int i = from;
        while (true) {
            i = skipBlanks(line, i);
            if (i < line.length() && line.charAt(i) == '}') {
                return i + 1;
            }
            int start = i;
            while (i < line.length() && isNameChar(line.charAt(i), i == start) && line.charAt(i) != ':') {
                i++;
            }
            if (i == start || i >= line.length() || line.charAt(i) != '=' || i + 1 >= line.length()
                    || line.charAt(i + 1) != '"') {
                throw new IllegalArgumentException("malformed label at column " + (start + 1));
            }
            String label = line.substring(start, i);
            StringBuilder value = new StringBuilder();
            i += 2;
            while (true) {
                if (i >= line.length()) {
                    throw new IllegalArgumentException("unterminated value of label " + label);
                }
                char c = line.charAt(i++);
                if (c == '"') {
                    break;
                }
                if (c == '\\' && i < line.length()) {
                    char escaped = line.charAt(i++);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
            }
            into.put(label, value.toString());
            i = skipBlanks(line, i);
            if (i < line.length() && line.charAt(i) == ',') {
                i++;
            } else if (i >= line.length() || line.charAt(i) != '}') {
                throw new IllegalArgumentException("expected , or } after label " + label);
            }
        }
    }

    private static int skipBlanks(String line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || !first && c >= '0' && c <= '9';
    }

    private static double value(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
