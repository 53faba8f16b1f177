package org.liaison.support.readmodel;

import java.util.Collection;
import java.util.UUID;

/** Values written as PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private CopyText() {
    }

    static void appendRow(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, values[i]);
        }
        out.append('\n');
    }

    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof Boolean b) {
            out.append(b ? 't' : 'f');
        } else if (value instanceof Number || value instanceof UUID) {
            out.append(value);
        } else if (value instanceof Collection<?> list) {
            out.append('{');
            boolean first = true;
            for (Object element : list) {
                if (!(element instanceof UUID)) {
                    throw new IllegalArgumentException("only arrays of uuid are supported, not of " + element);
                }
                out.append(first ? "" : ",").append(element);
                first = false;
            }
            out.append('}');
        } else if (value instanceof String text) {
            appendText(out, text);
        } else {
            throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
        }
    }

    private static void appendText(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
