package org.liaison.recommendations.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.support.text.SpreadsheetCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The report as CSV (RFC 4180): one row per recommendation, numbers as written; progress a percentage (empty when
 * never reported); its evidence meetings for people (title — date — place, separated by {@code " | "}) and, for
 * joining with other exports, by id; its actions in one cell, separated by {@code " | "}, each as
 * {@code title: status progress% (weight N, due DATE)}; its indicators likewise (see {@link IndicatorLines#csv}).
 */
public final class ReportCsv {

    public static final String[] COLUMNS = {"number_as_written", "number", "text_ar", "text_en", "status",
            "progress", "last_change_date", "evidence_meetings", "evidence_meeting_ids", "actions", "indicators"};

    private ReportCsv() {
    }

    public static String of(AnnualReport report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get())) {
            for (AnnualReport.Item item : report.recommendations()) {
                // Texts an editor wrote are never run by a spreadsheet as formulas (L1).
                printer.printRecord(SpreadsheetCells.neutralise(item.numberAsWritten()), item.number(),
                        SpreadsheetCells.neutralise(item.textAr()), SpreadsheetCells.neutralise(item.textEn()),
                        item.status().code(), item.progress(), item.lastChangeDate(),
                        SpreadsheetCells.neutralise(item.evidence().stream().map(MeetingLines::text)
                                .collect(Collectors.joining(" | "))),
                        // A restricted meeting the reader may not see is only the word "redacted".
                        item.evidence().stream().map(m -> m.redacted() ? "redacted" : m.id().toString())
                                .collect(Collectors.joining(" ")),
                        SpreadsheetCells.neutralise(item.actions().stream().map(ReportCsv::action)
                                .collect(Collectors.joining(" | "))),
                        SpreadsheetCells.neutralise(IndicatorLines.csv(item.indicators())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String action(AnnualReport.Action a) {
        return a.titleAr() + ": " + a.status() + " " + a.progress() + "% (weight " + a.weight()
                + (a.dueDate() == null ? "" : ", due " + a.dueDate()) + ")";
    }
}
