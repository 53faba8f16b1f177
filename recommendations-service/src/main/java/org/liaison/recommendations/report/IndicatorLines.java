package org.liaison.recommendations.report;

import org.liaison.contracts.PartialDate;
import org.liaison.contracts.RecommendationState;
import org.liaison.recommendations.indicator.MeasurementView;
import org.liaison.recommendations.indicator.Measurements;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.liaison.recommendations.report.ReportHtml.e;

/**
 * A recommendation's indicators in the report, as they stood on its day: JSON items, the CSV cell and the HTML
 * lines. Each shows its baseline, the value that stood then (the last measurement by day recorded and not withdrawn
 * by then) and its target.
 */
public final class IndicatorLines {

    /** Style of the HTML lines, added to the page's. */
    static final String STYLE = """
            ul.indicators{margin:.3em 0} ul.indicators .figure{font-weight:bold}
            """;

    /** A figure not known: no baseline, nothing measured, no target. */
    private static final String NOT_MEASURED = "—";

    private IndicatorLines() {
    }

    /**
     * An indicator as it stood then.
     *
     * @param latest       the value that stood then; null when nothing measured then stood
     * @param measurements those recorded by then, by the day measured, each with its withdrawal if withdrawn by then
     */
    public record Indicator(UUID id, String nameAr, String nameEn, String unit, BigDecimal baseline,
                            PartialDate baselineDate, BigDecimal target, PartialDate targetDate,
                            MeasurementView latest, List<MeasurementView> measurements) {
    }

    /** @param indicators as they stood then, each with the measurements recorded by then */
    static List<Indicator> of(List<RecommendationState.Indicator> indicators) {
        return indicators.stream().map(i -> new Indicator(i.id(), i.nameAr(), i.nameEn(), i.unit(), i.baseline(),
                i.baselineDate(), i.target(), i.targetDate(), Measurements.latest(i.measurements()),
                Measurements.byDay(i.measurements()))).toList();
    }

    /**
     * The CSV cell: indicators separated by {@code " | "}, each as
     * {@code name (unit): baseline B (DATE); latest L (DATE, SOURCE); target T (DATE)}, parts not known left
     * out (a name alone when none is).
     */
    static String csv(List<Indicator> indicators) {
        return indicators.stream().map(IndicatorLines::csv).collect(Collectors.joining(" | "));
    }

    private static String csv(Indicator i) {
        List<String> parts = new ArrayList<>();
        if (i.baseline() != null) {
            parts.add("baseline " + figure(i.baseline()) + dated(i.baselineDate() == null ? null
                    : i.baselineDate().toString()));
        }
        if (i.latest() != null) {
            MeasurementView m = i.latest();
            parts.add("latest " + figure(m.value()) + " (" + m.measuredOn()
                    + (m.sourceUrl() == null ? "" : ", " + m.sourceUrl()) + ")");
        }
        if (i.target() != null) {
            parts.add("target " + figure(i.target()) + dated(i.targetDate() == null ? null
                    : i.targetDate().toString()));
        }
        return i.nameAr() + (i.unit() == null ? "" : " (" + i.unit() + ")")
                + (parts.isEmpty() ? "" : ": " + String.join("; ", parts));
    }

    private static String dated(String date) {
        return date == null ? "" : " (" + date + ")";
    }

    /**
     * One line an indicator: its name, then baseline ← latest ← target with the unit (arrows pointing the way the
     * Arabic page reads), the day the latest was measured and a link to its source.
     */
    static void html(StringBuilder h, List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        h.append("<ul class=\"indicators meta\">");
        for (Indicator i : indicators) {
            h.append("<li class=\"indicator\">").append(e(i.nameAr()));
            if (i.nameEn() != null) {
                h.append(" <span lang=\"en\" dir=\"ltr\">(").append(e(i.nameEn())).append(")</span>");
            }
            h.append(": ");
            figure(h, "baseline", i.baseline(), i.baselineDate());
            h.append(" ← ");
            MeasurementView latest = i.latest();
            figure(h, "latest", latest == null ? null : latest.value(), null);
            h.append(" ← ");
            figure(h, "target", i.target(), i.targetDate());
            if (i.unit() != null) {
                h.append(" <span class=\"unit\">").append(e(i.unit())).append("</span>");
            }
            if (latest != null) {
                h.append(" — تاريخ القياس <bdi class=\"measured-on\">").append(e(latest.measuredOn().toString()))
                        .append("</bdi>");
                if (latest.sourceUrl() != null) {
                    // Only http(s) URLs are taken; the report's address is not passed on to the source.
                    h.append(" <a class=\"source\" rel=\"noreferrer\" href=\"").append(e(latest.sourceUrl()))
                            .append("\">المصدر <span lang=\"en\" dir=\"ltr\">(source)</span></a>");
                }
            }
            h.append("</li>");
        }
        h.append("</ul>");
    }

    private static void figure(StringBuilder h, String kind, BigDecimal value, PartialDate date) {
        h.append("<bdi class=\"figure ").append(kind).append("\" title=\"").append(kind).append("\">")
                .append(value == null ? NOT_MEASURED : figure(value)).append("</bdi>");
        if (date != null) {
            h.append(" <bdi class=\"date\">(").append(e(date.toString())).append(")</bdi>");
        }
    }

    /** Digits as stored, without an exponent. */
    private static String figure(BigDecimal value) {
        return value.toPlainString();
    }
}
