package org.liaison.orgs.popolo;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code |}-separated cells of plain text lists. A backslash escapes the next character, so an item may hold
 * a | (written \|) or a backslash (\\); items are stripped of surrounding white space and empty ones dropped.
 */
final class ListCells {

    static final String SEPARATOR = " | ";

    private ListCells() {
    }

    static String join(List<String> items) {
        List<String> escaped = items.stream().map(i -> i.replace("\\", "\\\\").replace("|", "\\|")).toList();
        return String.join(SEPARATOR, escaped);
    }

    static List<String> split(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null) {
            return items;
        }
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                item.append(cell.charAt(++i));
            } else if (c == '|') {
                add(items, item);
            } else {
                item.append(c);
            }
        }
        add(items, item);
        return items;
    }

    private static void add(List<String> items, StringBuilder item) {
        String text = item.toString().strip();
        if (!text.isEmpty()) {
            items.add(text);
        }
        item.setLength(0);
    }
}
