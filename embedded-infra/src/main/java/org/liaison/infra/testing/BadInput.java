package org.liaison.infra.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import javax.sql.DataSource;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every refused request must look like, and how to see that it wrote nothing. */
public final class BadInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Stack-trace and class-name fragments that must never reach a client. */
    private static final String[] LEAKS = {"Exception", "org.liaison", "org.hibernate", "io.quarkus", "java.",
            "com.fasterxml", "\tat ", "at org.", "at java.", "SQL", "PSQL"};
    /** {@code <<ar:301>>} in a case table stands for 301 Arabic letters (see {@link #expand}). */
    private static final Pattern REPEAT = Pattern.compile("<<(ar|en|shadda|emoji|space|tab|nul):(\\d+)>>");
    /** {@code <<201:X>>} stands for X 201 times (a list of 201 elements, a long text). */
    private static final Pattern REPEAT_TEXT = Pattern.compile("<<(\\d+):(.*?)>>");

    private BadInput() {
    }

    /** A 4xx problem+json with the exact status, that status in its body and nothing about the code behind it. */
    public static void assertProblem(Response response, int status) {
        assertProblem(status, response.contentType(), response.asString(), response.statusCode());
    }

    public static void assertProblem(int status, String contentType, String body, int actualStatus) {
        assertEquals(status, actualStatus, () -> "status; body: " + body);
        assertThat("Content-Type; body: " + body, contentType, startsWith("application/problem+json"));
        int bodyStatus;
        try {
            bodyStatus = JSON.readTree(body).path("status").asInt(-1);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
        assertEquals(status, bodyStatus, () -> "body status; body: " + body);
        for (String leak : LEAKS) {
            assertThat("leaks \"" + leak + "\"", body, not(org.hamcrest.Matchers.containsString(leak)));
        }
    }

    /** Asserts the problem names {@code field} among its errors (no check for an empty field). */
    public static void assertNames(Response response, String field) {
        if (field != null && !field.isEmpty()) {
            assertThat(response.asString(), response.<List<String>>path("errors.field"),
                    hasItem(field));
        }
    }

    /** Asserts the problem body names {@code field} among its errors (no check for an empty field). */
    public static void assertNames(String body, String field) {
        if (field != null && !field.isEmpty()) {
            List<String> fields = new ArrayList<>();
            try {
                JSON.readTree(body).path("errors").forEach(e -> fields.add(e.path("field").asText()));
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
            assertThat(body, fields, hasItem(field));
        }
    }

    /** Row counts, each read on a fresh connection so that only committed rows count. */
    public static Map<String, Long> counts(DataSource dataSource, String... tables) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    public static void assertUnchanged(Map<String, Long> before, Map<String, Long> after) {
        assertThat("rows written by a refused request", after, equalTo(before));
    }

    /** Expands {@code <<kind:n>>} and {@code <<n:text>>} into n repetitions, so long values fit in one table row. */
    public static String expand(String template) {
        if (template == null) {
            return null;
        }
        Matcher texts = REPEAT_TEXT.matcher(template);
        StringBuilder repeated = new StringBuilder();
        while (texts.find()) {
            texts.appendReplacement(repeated,
                    Matcher.quoteReplacement(texts.group(2).repeat(Integer.parseInt(texts.group(1)))));
        }
        texts.appendTail(repeated);
        Matcher m = REPEAT.matcher(repeated);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String unit = switch (m.group(1)) {
                case "ar" -> "م";
                case "en" -> "x";
                case "shadda" -> "\u0651";
                case "emoji" -> "😀";
                case "tab" -> "\t";
                case "nul" -> "\u0000";
                default -> " ";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(unit.repeat(Integer.parseInt(m.group(2)))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
