package org.liaison.recommendations.report;

import org.liaison.recommendations.common.OrganizationRef;
import org.liaison.recommendations.model.EntryKind;
import org.liaison.recommendations.model.RecommendationStatus;

import java.util.List;
import java.util.Map;

/**
 * The report as a printable bilingual page: the document is Arabic and right-to-left, each English block is
 * {@code lang="en" dir="ltr"}. Every text is escaped; the page loads nothing (no scripts, fonts or images): each set's
 * chart is inline SVG ({@link ReportChart}).
 */
public final class ReportHtml {

    private static final Map<RecommendationStatus, String> STATUS_AR = Map.of(
            RecommendationStatus.ADOPTED, "معتمدة", RecommendationStatus.PLANNED, "مخطط لها",
            RecommendationStatus.IN_PROGRESS, "قيد التنفيذ", RecommendationStatus.IMPLEMENTED, "منفذة",
            RecommendationStatus.PARTIALLY_IMPLEMENTED, "منفذة جزئياً", RecommendationStatus.NOT_IMPLEMENTED,
            "غير منفذة", RecommendationStatus.DROPPED, "ملغاة", RecommendationStatus.CARRIED_OVER, "مرحّلة");

    private static final String STYLE = """
            body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","DejaVu Sans",sans-serif;margin:2em;color:#111}
            h1,h2{margin:.3em 0} .en{font-family:"DejaVu Sans",sans-serif}
            table.counts{border-collapse:collapse;margin:1em 0} table.counts td,table.counts th{border:1px solid \
            #999;padding:.2em .6em}
            article.recommendation{border-top:1px solid #ccc;padding:.6em 0}
            .row{display:flex;gap:1em;align-items:baseline}
            .num{flex:0 0 3em;font-weight:bold;font-size:1.2em}
            .text{flex:1 1 auto;margin:0}
            .row-ar .text{text-align:start}
            .meta{font-size:.9em;color:#444}
            ol.timeline,ul.evidence,ul.actions{margin:.3em 0}
            ul.actions .progress{width:6em}
            .progress{display:inline-block;width:12em;height:.8em;border:1px solid #777;background:#eee;\
            vertical-align:middle}
            .progress .bar{display:block;height:100%;background:#2e7d32;-webkit-print-color-adjust:exact;\
            print-color-adjust:exact}
            figure.chart{margin:.5em 0} figure.chart svg{display:block;max-width:100%;height:auto}
            @page{size:A4;margin:15mm}
            @media print{body{margin:0;font-size:11pt} article.recommendation{break-inside:avoid} .meta{color:#000}}
            """;

    private ReportHtml() {
    }

    public static String of(AnnualReport report) {
        StringBuilder h = new StringBuilder(8192);
        OrganizationRef org = report.organization();
        h.append("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(e(org.nameAr())).append(" — ").append(report.year()).append("</title>")
                .append("<style>").append(STYLE).append(IndicatorLines.STYLE)
                .append("</style></head>\n<body>\n<header>")
                .append("<h1 class=\"ar\">التقرير السنوي: ").append(e(org.nameAr())).append(" — ").append(report.year())
                .append("</h1>")
                .append("<p class=\"ar meta\">كما في ").append(report.asOf()).append("</p>");
        h.append("<div class=\"en\" lang=\"en\" dir=\"ltr\"><h1>Annual report: ").append(e(org.nameEn()))
                .append(" — ").append(report.year()).append("</h1><p class=\"meta\">As of ").append(report.asOf())
                .append("</p></div></header>\n");
        for (AnnualReport.SetPart set : report.sets()) {
            h.append("<section class=\"set\"><h2 class=\"ar\">").append(e(set.titleAr())).append("</h2>");
            if (set.titleEn() != null) {
                h.append("<h2 class=\"en\" lang=\"en\" dir=\"ltr\">").append(e(set.titleEn())).append("</h2>");
            }
            ReportChart.of(h, set, STATUS_AR);
            h.append("</section>\n");
        }
        h.append("<table class=\"counts\"><tr><th>الحالة <span lang=\"en\" dir=\"ltr\">Status</span></th>")
                .append("<th>العدد <span lang=\"en\" dir=\"ltr\">Count</span></th></tr>");
        report.countsByStatus().forEach((status, count) -> {
            if (count > 0) {
                h.append("<tr><td>").append(e(STATUS_AR.get(RecommendationStatus.fromCode(status))))
                        .append(" <span lang=\"en\" dir=\"ltr\">").append(e(status)).append("</span></td><td>")
                        .append(count).append("</td></tr>");
            }
        });
        h.append("</table>\n<section class=\"recommendations\">\n");
        for (AnnualReport.Item item : report.recommendations()) {
            recommendation(h, item);
        }
        return h.append("</section>\n</body>\n</html>\n").toString();
    }

    private static void recommendation(StringBuilder h, AnnualReport.Item item) {
        h.append("<article class=\"recommendation\" data-number=\"").append(item.number()).append("\">")
                .append("<div class=\"row row-ar\" lang=\"ar\" dir=\"rtl\"><span class=\"num\">")
                .append(e(item.numberAsWritten())).append("</span><p class=\"text text-ar\">").append(e(item.textAr()))
                .append("</p></div>");
        if (item.textEn() != null) {
            h.append("<div class=\"row row-en en\" lang=\"en\" dir=\"ltr\"><span class=\"num\">").append(item.number())
                    .append("</span><p class=\"text text-en\">").append(e(item.textEn())).append("</p></div>");
        }
        h.append("<p class=\"meta\">الحالة: ").append(e(STATUS_AR.get(item.status())))
                .append(" <span lang=\"en\" dir=\"ltr\">(").append(e(item.status().code())).append(")</span>");
        if (item.lastChangeDate() != null) {
            h.append(" — <bdi>").append(e(item.lastChangeDate())).append("</bdi>");
        }
        if (item.leadOffice() != null) {
            h.append(" — المكتب المسؤول: ").append(e(item.leadOffice().nameAr()));
        }
        h.append("</p>");
        progress(h, item.progress());
        actions(h, item.actions());
        IndicatorLines.html(h, item.indicators());
        timeline(h, item.timeline());
        if (!item.evidence().isEmpty()) {
            h.append("<ul class=\"evidence meta\">");
            for (AnnualReport.Meeting m : item.evidence()) {
                h.append("<li>");
                meeting(h, m);
                h.append("</li>");
            }
            h.append("</ul>");
        }
        h.append("</article>\n");
    }

    /**
     * Status changes say the status they set; evidence and its retraction say which meetings, and never a status,
     * which they do not change.
     */
    private static void timeline(StringBuilder h, List<AnnualReport.Entry> entries) {
        h.append("<ol class=\"timeline meta\">");
        for (AnnualReport.Entry entry : entries) {
            if (entry.kind() == EntryKind.STATUS_CHANGE) {
                h.append("<li class=\"change\">").append(e(STATUS_AR.get(entry.status())))
                        .append(" <span lang=\"en\" dir=\"ltr\">(").append(e(entry.status().code())).append(")</span>");
                if (entry.date() != null) {
                    h.append(" <bdi>").append(e(entry.date().toString())).append("</bdi>");
                }
                if (entry.progress() != null) {
                    h.append(" — <bdi>").append(entry.progress()).append("%</bdi>");
                }
            } else {
                h.append(entry.kind() == EntryKind.EVIDENCE
                        ? "<li class=\"evidence\">دليل <span lang=\"en\" dir=\"ltr\">(evidence)</span>: "
                        : "<li class=\"retraction\">سحب دليل <span lang=\"en\" dir=\"ltr\">(evidence retracted)"
                                + "</span>: ");
                for (int i = 0; i < entry.meetings().size(); i++) {
                    h.append(i == 0 ? "" : "؛ ");
                    meeting(h, entry.meetings().get(i));
                }
                if (entry.meetings().isEmpty() && entry.date() != null) {
                    h.append("<bdi>").append(e(entry.date().toString())).append("</bdi>");
                }
            }
            if (entry.note() != null) {
                h.append(" — ").append(e(entry.note()));
            }
            h.append("</li>");
        }
        h.append("</ol>");
    }

    /** A meeting by title, date and place; a restricted one the reader may not see by that alone. */
    private static void meeting(StringBuilder h, AnnualReport.Meeting m) {
        if (m.redacted()) {
            h.append("<span class=\"meeting restricted\">اجتماع مقيد <span lang=\"en\" dir=\"ltr\">(restricted ")
                    .append("meeting)</span></span>");
            return;
        }
        h.append("<span class=\"meeting\">").append(e(MeetingLines.titleAr(m)));
        if (m.date() != null) {
            h.append(" <bdi class=\"date\">").append(e(m.date().toString())).append("</bdi>");
        }
        String place = MeetingLines.placeAr(m.place());
        if (place != null) {
            h.append(" — <span class=\"place\">").append(e(place)).append("</span>");
        }
        h.append("</span>");
    }

    private static final Map<String, String> ACTION_STATUS_AR = Map.of("planned", "مخطط له", "in_progress",
            "قيد التنفيذ", "done", "منجز", "dropped", "ملغى");

    /** The actions, each with its lead unit, due date, status, weight and a bar of its own. */
    private static void actions(StringBuilder h, List<AnnualReport.Action> actions) {
        if (actions.isEmpty()) {
            return;
        }
        h.append("<ul class=\"actions meta\">");
        for (AnnualReport.Action a : actions) {
            h.append("<li class=\"action\" data-status=\"").append(e(a.status())).append("\">")
                    .append(e(a.titleAr()));
            if (a.titleEn() != null) {
                h.append(" <span lang=\"en\" dir=\"ltr\">(").append(e(a.titleEn())).append(")</span>");
            }
            h.append(" — ").append(e(ACTION_STATUS_AR.get(a.status()))).append(" <span lang=\"en\" dir=\"ltr\">(")
                    .append(e(a.status())).append(")</span>");
            if (a.leadOffice() != null) {
                h.append(" — ").append(e(a.leadOffice().nameAr()));
            }
            if (a.dueDate() != null) {
                h.append(" — الموعد <bdi>").append(e(a.dueDate().toString())).append("</bdi>");
            }
            h.append(" — الوزن <bdi>").append(a.weight()).append("</bdi> ");
            bar(h, a.progress());
            h.append("</li>");
        }
        h.append("</ul>");
    }

    /** A bar as wide as the percent done (drawn right to left, as the page reads), and the figure beside it. */
    private static void progress(StringBuilder h, Integer percent) {
        h.append("<p class=\"meta progress-line\">نسبة الإنجاز <span lang=\"en\" dir=\"ltr\">(progress)</span>: ");
        if (percent == null) {
            h.append("غير مُبلَّغ عنها <span lang=\"en\" dir=\"ltr\">(not reported)</span></p>");
            return;
        }
        bar(h, percent);
        h.append("</p>");
    }

    private static void bar(StringBuilder h, int percent) {
        h.append("<span class=\"progress\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\" ")
                .append("aria-valuenow=\"").append(percent).append("\"><span class=\"bar\" style=\"width:")
                .append(percent).append("%\"></span></span> <bdi class=\"percent\">").append(percent)
                .append("%</bdi>");
    }

    /** HTML-escaped; null is empty. */
    static String e(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
