package org.liaison.meetings.search;

import org.liaison.support.paging.KeysetCursor;
import org.liaison.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The orders meeting lists come in, each a keyset over its sort keys and the id, so a page never repeats or skips
 * a meeting while others are added. The keys ({@code x.k1}, {@code x.k2}, ...) travel in the cursor as text that
 * casts back to the very value stored (microseconds, shortest exact float), so the keyset compares exactly.
 */
public enum MeetingOrder {

    /** By creation, as {@code GET /meetings} always listed (its cursors stay valid). */
    CREATED(List.of("m.created_at"), List.of("timestamptz")),
    /** Best match first ({@code ts_rank}), then by id; the rank is deterministic for unchanged documents. */
    RANK(List.of(), List.of("real")),
    /** By the first day the date may stand for, then its last day; undated meetings last. */
    DATE(List.of("coalesce(m.date_start, date '9999-12-31')", "coalesce(m.date_end, date '9999-12-31')",
            "m.created_at"), List.of("date", "date", "timestamptz"));

    private final List<String> keys;
    private final List<String> types;

    MeetingOrder(List<String> keys, List<String> types) {
        this.keys = keys;
        this.types = types;
    }

    /** The key expressions, {@code rank} standing for the rank expression of a {@link #RANK} search. */
    List<String> keys(String rank) {
        return this == RANK ? List.of(rank) : keys;
    }

    /** The keys of the subquery {@code x} as text, exact enough to compare equal once cast back. */
    String textKeys() {
        List<String> names = keyNames();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            String k = names.get(i);
            out.append(", ").append(switch (types.get(i)) {
                case "timestamptz" -> "to_char(" + k + " at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
                case "date" -> "to_char(" + k + ", 'YYYY-MM-DD')";
                default -> "cast(" + k + " as text)";
            });
        }
        return out.toString();
    }

    int keyCount() {
        return types.size();
    }

    String orderBy() {
        return this == RANK ? "x.k1 desc, x.id" : String.join(", ", keyNames()) + ", x.id";
    }

    /** The condition for rows after the cursor's; its values come from {@link #decode}. */
    String after() {
        if (this == RANK) {
            return "x.k1 < cast(? as real) or (x.k1 = cast(? as real) and x.id > cast(? as uuid))";
        }
        StringBuilder values = new StringBuilder();
        for (String type : types) {
            values.append("cast(cast(? as text) as ").append(type).append("), ");
        }
        return "(" + String.join(", ", keyNames()) + ", x.id) > (" + values + "cast(? as uuid))";
    }

    /** The values {@link #after} binds for a cursor token; a token of another order or form is a 400. */
    Object[] decode(String token) {
        if (this == CREATED) {
            KeysetCursor cursor = KeysetCursor.decode(token);
            return new Object[] {cursor.after().toString(), cursor.afterId().toString()};
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(plain.split("\\|", -1));
            if (parts.size() != keyCount() + 2 || !parts.get(0).equals(name())) {
                throw new IllegalArgumentException("another list's cursor");
            }
            UUID.fromString(parts.get(parts.size() - 1));
            for (int i = 0; i < keyCount(); i++) {
                requireKey(types.get(i), parts.get(i + 1));
            }
            if (this == RANK) {
                return new Object[] {parts.get(1), parts.get(1), parts.get(2)};
            }
            return parts.subList(1, parts.size()).toArray();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw ProblemException.badRequest(KeysetCursor.PARAM, "not a cursor this list issued");
        }
    }

    private static final Pattern REAL = Pattern.compile("\\d{1,9}(\\.\\d{1,9})?(e[-+]?\\d{1,2})?");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MICROS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");

    /**
     * A key as {@link #textKeys} writes it, and nothing else that PostgreSQL's cast might read another way or not at
     * all: Java's float reading takes {@code 0x1p3}, {@code 1f} and {@code NaN}, PostgreSQL's date reading takes
     * {@code yesterday}, and a value out of a type's range fails only there (a 500).
     *
     * @throws IllegalArgumentException when it is not
     */
    private static void requireKey(String type, String text) {
        switch (type) {
            case "real" -> {
                if (!REAL.matcher(text).matches() || !Float.isFinite(Float.parseFloat(text))) {
                    throw new IllegalArgumentException("not a rank");
                }
            }
            case "date" -> {
                if (!DAY.matcher(text).matches() || LocalDate.parse(text).getYear() < 1) {
                    throw new IllegalArgumentException("not a day");
                }
            }
            case "timestamptz" -> {
                if (!MICROS.matcher(text).matches() || Instant.parse(text).atOffset(ZoneOffset.UTC).getYear() < 1) {
                    throw new IllegalArgumentException("not a time");
                }
            }
            default -> throw new IllegalArgumentException("no key of type " + type);
        }
    }

    /** The cursor after a row: its keys as text, then its id. */
    String encode(List<String> keyValues, UUID id) {
        if (this == CREATED) {
            return new KeysetCursor(Instant.parse(keyValues.get(0)), id).encode();
        }
        String plain = name() + "|" + String.join("|", keyValues) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> keyNames() {
        return IntStream.rangeClosed(1, keyCount()).mapToObj(i -> "x.k" + i).toList();
    }
}
