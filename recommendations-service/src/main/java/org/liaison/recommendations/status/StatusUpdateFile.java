package org.liaison.recommendations.status;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.liaison.support.problem.ProblemException;
import org.liaison.support.text.SpreadsheetCells;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.liaison.support.text.Texts.blankToNull;

/**
 * The CSV file of a set's status updates (RFC 4180, a header row): one line per status report, the recommendation
 * named by its number or id. The template also carries each recommendation's text and where it stands, for whoever
 * fills it in; an upload ignores those columns. Cells are written and read through {@link SpreadsheetCells} (L1).
 */
public final class StatusUpdateFile {

    /** The columns an upload reads. */
    public static final List<String> COLUMNS = List.of("number", "id", "status", "progress", "date", "note",
            "meeting_ids", "source_urls");

    /** The template's columns for the reader, ignored by an upload. */
    public static final List<String> INFORMATION = List.of("text_ar", "current_status", "current_progress");

    /** The template's column order: which recommendation, what it says and where it stands, then the report. */
    static final List<String> TEMPLATE = List.of("number", "id", "text_ar", "current_status", "current_progress",
            "status", "progress", "date", "note", "meeting_ids", "source_urls");

    private StatusUpdateFile() {
    }

    /**
     * One line of an upload, its cells as written (blank ones null).
     *
     * @param line     its row as a spreadsheet numbers them: the header is 1, the first report 2
     * @param tooLong  whether it has more cells than the header has columns
     */
    public record Line(int line, String number, String id, String status, String progress, String date, String note,
                       String meetingIds, String sourceUrls, boolean tooLong) {

        /** A line that reports nothing (as every line of the template does until filled in). */
        public boolean empty() {
            return Stream.of(status, progress, date, note, meetingIds, sourceUrls).allMatch(c -> c == null);
        }
    }

    /** A template row: a recommendation, what it says and where it stands. */
    public record TemplateRow(String number, String id, String textAr, String currentStatus, Integer currentProgress) {
    }

    /**
     * @throws ProblemException 400 when the body is not CSV with a header of known columns naming the recommendation
     *                          ({@code number} or {@code id}) and {@code status}; 413 above {@code maxLines} lines
     */
    public static List<Line> read(String body, int maxLines) {
        String text = body == null ? "" : body.startsWith("\uFEFF") ? body.substring(1) : body; // Excel writes a BOM
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW).get();
        List<CSVRecord> records;
        List<String> header;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            header = parser.getHeaderNames();
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > maxLines) {
                    throw ProblemException.contentTooLarge("a file holds at most " + maxLines + " status updates; "
                            + "send the rest in another", Map.of("maxLines", maxLines));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.badRequest("body", "not well-formed CSV: " + e.getMessage());
        }
        requireHeader(header);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            Map<String, String> cells = records.get(i).toMap();
            lines.add(new Line(i + 2, cell(cells, "number"), cell(cells, "id"), cell(cells, "status"),
                    cell(cells, "progress"), cell(cells, "date"), cell(cells, "note"), cell(cells, "meeting_ids"),
                    cell(cells, "source_urls"), records.get(i).size() > header.size()));
        }
        return lines;
    }

    /** The template: a header and one line per recommendation, its report cells left for the office to fill in. */
    public static String template(List<TemplateRow> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setHeader(TEMPLATE.toArray(String[]::new)).get())) {
            for (TemplateRow row : rows) {
                printer.printRecord(SpreadsheetCells.neutralise(row.number()), row.id(),
                        SpreadsheetCells.neutralise(row.textAr()), row.currentStatus(), row.currentProgress(),
                        null, null, null, null, null, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Items of a list cell (meeting ids, source URLs): separated by white space, which neither may hold. */
    public static List<String> items(String cell) {
        return cell == null ? List.of() : List.of(cell.strip().split("\\s+"));
    }

    private static void requireHeader(List<String> header) {
        if (header.isEmpty()) {
            throw ProblemException.badRequest("body", "a CSV file with a header row is needed; the columns are "
                    + String.join(", ", COLUMNS) + " (GET .../status-updates/template.csv)");
        }
        for (String column : header) {
            if (!COLUMNS.contains(column) && !INFORMATION.contains(column)) {
                throw ProblemException.badRequest(column, "unknown column; the columns are "
                        + String.join(", ", COLUMNS) + " (and, ignored, " + String.join(", ", INFORMATION) + ")");
            }
        }
        if (!header.contains("number") && !header.contains("id")) {
            throw ProblemException.badRequest("number", "a column number or id must name each line's recommendation");
        }
        if (!header.contains("status")) {
            throw ProblemException.badRequest("status", "the column status is needed");
        }
    }

    private static String cell(Map<String, String> cells, String column) {
        return blankToNull(SpreadsheetCells.restore(cells.get(column)));
    }
}
