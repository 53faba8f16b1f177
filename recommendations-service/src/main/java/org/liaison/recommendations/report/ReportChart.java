package org.liaison.recommendations.report;

import org.liaison.recommendations.model.RecommendationStatus;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A set's chart in the report page, as inline SVG (the page loads nothing): its recommendations by status, a bar
 * each, and its mean progress at the end of each month of the year as a line. Both read right to left like the
 * page: bars grow from the right, and the year runs from January at the right to December at the left. Every mark
 * carries its figure as {@code data-*} and as a {@code <title>}, so that a reader (or a screen reader) gets the
 * number, not only the shape.
 */
final class ReportChart {

    static final int WIDTH = 640;
    private static final int ROW = 26;
    private static final int LABEL_RIGHT = WIDTH - 8;
    private static final int BAR_RIGHT = WIDTH - 150;
    private static final int BAR_SPAN = BAR_RIGHT - 60;
    private static final int PLOT_TOP = 16;
    private static final int PLOT_BOTTOM = 176;
    private static final int PLOT_RIGHT = WIDTH - 56;
    private static final int PLOT_LEFT = 24;
    private static final String[] MONTHS_AR = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز",
            "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};

    private ReportChart() {
    }

    /** Both charts of a set, in a figure of their own. */
    static void of(StringBuilder h, AnnualReport.SetPart set, Map<RecommendationStatus, String> statusNamesAr) {
        h.append("<figure class=\"chart\" data-set=\"").append(set.id()).append("\">");
        statusCounts(h, set.countsByStatus(), statusNamesAr);
        progressOverYear(h, set.progressByMonth());
        h.append("<figcaption class=\"meta\">التوصيات حسب الحالة، ومتوسط نسبة الإنجاز في نهاية كل شهر ")
                .append("<span lang=\"en\" dir=\"ltr\">(recommendations by status; mean progress at the end of each ")
                .append("month)</span></figcaption></figure>\n");
    }

    /** A bar per status that has recommendations, as long as its count against the largest. */
    private static void statusCounts(StringBuilder h, Map<String, Long> counts,
                                     Map<RecommendationStatus, String> statusNamesAr) {
        List<Map.Entry<String, Long>> shown = counts.entrySet().stream().filter(c -> c.getValue() > 0).toList();
        long most = shown.stream().mapToLong(Map.Entry::getValue).max().orElse(1);
        int height = Math.max(1, shown.size()) * ROW + 8;
        h.append("<svg class=\"status-counts\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\"><title>التوصيات حسب الحالة</title>");
        int y = 4;
        for (Map.Entry<String, Long> count : shown) {
            String name = statusNamesAr.get(RecommendationStatus.fromCode(count.getKey()));
            double width = (double) BAR_SPAN * count.getValue() / most;
            h.append("<g class=\"status\" data-status=\"").append(ReportHtml.e(count.getKey()))
                    .append("\" data-count=\"").append(count.getValue()).append("\"><title>")
                    .append(ReportHtml.e(name)).append(": ").append(count.getValue()).append("</title>")
                    .append("<text x=\"").append(LABEL_RIGHT).append("\" y=\"").append(y + 17)
                    .append("\" direction=\"rtl\" text-anchor=\"start\" font-size=\"14\">")
                    .append(ReportHtml.e(name)).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(fixed(BAR_RIGHT - width)).append("\" y=\"")
                    .append(y + 4).append("\" width=\"").append(fixed(width)).append("\" height=\"").append(ROW - 8)
                    .append("\" fill=\"#2e7d32\"/>")
                    .append("<text class=\"count\" x=\"").append(fixed(BAR_RIGHT - width - 6)).append("\" y=\"")
                    .append(y + 17).append("\" direction=\"rtl\" text-anchor=\"start\" font-size=\"14\">")
                    .append(count.getValue()).append("</text></g>");
            y += ROW;
        }
        h.append("</svg>");
    }

    /** The months so far as points on a line from 0 to 100 percent, January at the right. */
    private static void progressOverYear(StringBuilder h, List<AnnualReport.MonthProgress> months) {
        int height = PLOT_BOTTOM + 30;
        h.append("<svg class=\"progress-over-year\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(height).append("\"><title>متوسط نسبة الإنجاز خلال العام</title>");
        for (int percent = 0; percent <= 100; percent += 50) {
            double y = y(percent);
            h.append("<line class=\"grid\" x1=\"").append(PLOT_LEFT).append("\" x2=\"").append(PLOT_RIGHT)
                    .append("\" y1=\"").append(fixed(y)).append("\" y2=\"").append(fixed(y))
                    .append("\" stroke=\"#bbb\" stroke-width=\"1\"/><text x=\"").append(WIDTH - 8).append("\" y=\"")
                    .append(fixed(y + 5)).append("\" text-anchor=\"end\" font-size=\"12\">").append(percent)
                    .append("%</text>");
        }
        for (int month = 1; month <= 12; month++) {
            h.append("<text class=\"month\" x=\"").append(fixed(x(month))).append("\" y=\"").append(PLOT_BOTTOM + 20)
                    .append("\" text-anchor=\"middle\" font-size=\"12\">").append(month).append("</text>");
        }
        StringBuilder points = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        for (AnnualReport.MonthProgress point : months) {
            int month = Integer.parseInt(point.month().substring(5));
            String x = fixed(x(month));
            String y = fixed(y(point.progress()));
            points.append(points.isEmpty() ? "" : " ").append(x).append(',').append(y);
            marks.append("<circle class=\"point\" data-month=\"").append(point.month()).append("\" data-progress=\"")
                    .append(point.progress()).append("\" cx=\"").append(x).append("\" cy=\"").append(y)
                    .append("\" r=\"4\" fill=\"#2e7d32\"><title>").append(MONTHS_AR[month - 1]).append(' ')
                    .append(point.month(), 0, 4).append(": ").append(point.progress()).append("%</title></circle>");
        }
        if (!months.isEmpty()) {
            h.append("<polyline class=\"line\" fill=\"none\" stroke=\"#2e7d32\" stroke-width=\"2\" points=\"")
                    .append(points).append("\"/>");
        }
        h.append(marks).append("</svg>");
    }

    private static double x(int month) {
        return PLOT_RIGHT - (PLOT_RIGHT - PLOT_LEFT) * (month - 1) / 11.0;
    }

    private static double y(int percent) {
        return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * percent / 100.0;
    }

    /** One decimal, with a point whatever the locale. */
    private static String fixed(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
