package org.liaison.support.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The entity tags of an If-Match value, read as RFC 9110 §8.8.3 writes them: {@code "3"}, {@code W/"3"},
 * comma-separated.
 */
final class EntityTagList {

    record Tag(String opaque, boolean weak) {
    }

    private EntityTagList() {
    }

    /** @throws IllegalArgumentException when the value is not a list of quoted tags (e.g. an unquoted {@code 3}) */
    static List<Tag> parse(String value) {
        List<Tag> tags = new ArrayList<>();
        int i = 0;
        int n = value.length();
        while (i < n) {
            i = skipSpaces(value, i);
            if (i < n && value.charAt(i) == ',') {
                i++;
                continue;
            }
            if (i >= n) {
                break;
            }
            boolean weak = value.startsWith("W/", i);
            if (weak) {
                i += 2;
            }
            if (i >= n || value.charAt(i) != '"') {
                throw new IllegalArgumentException("an entity tag is a quoted string");
            }
            int close = value.indexOf('"', i + 1);
            if (close < 0) {
                throw new IllegalArgumentException("an entity tag lacks its closing quote");
            }
            String opaque = value.substring(i + 1, close);
            if (!opaque.chars().allMatch(EntityTagList::isTagChar)) {
                throw new IllegalArgumentException("an entity tag holds a character it may not");
            }
            tags.add(new Tag(opaque, weak));
            i = skipSpaces(value, close + 1);
            if (i < n && value.charAt(i) != ',') {
                throw new IllegalArgumentException("entity tags are separated by commas");
            }
        }
        if (tags.isEmpty()) {
            throw new IllegalArgumentException("no entity tag");
        }
        return tags;
    }

    /** etagc = %x21 / %x23-7E / obs-text */
    private static boolean isTagChar(int c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
    }

    private static int skipSpaces(String value, int i) {
        while (i < value.length() && (value.charAt(i) == ' ' || value.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
