package org.liaison.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Consumer lag over time as an SVG line chart, one line per group, the load's window shaded. */
final class LagChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 300;
    private static final int LEFT = 60;
    private static final int BOTTOM = 30;
    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"};

    private LagChart() {
    }

    static String svg(String title, List<LagSampler.Sample> samples, double loadFrom, double loadTo) {
        double maxT = Math.max(loadTo, samples.stream().mapToDouble(LagSampler.Sample::seconds).max().orElse(1));
        long maxLag = Math.max(1, samples.stream().flatMap(s -> s.lag().values().stream()).mapToLong(Long::longValue)
                .max().orElse(1));
        List<String> groups = new ArrayList<>();
        samples.forEach(s -> s.lag().keySet().stream().filter(g -> !groups.contains(g)).forEach(groups::add));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", WIDTH, HEIGHT + 20 * groups.size()));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"14\" font-size=\"13\">%s</text>%n", LEFT,
                escape(title)));
        svg.append(String.format(Locale.ROOT,
                "<rect x=\"%.1f\" y=\"20\" width=\"%.1f\" height=\"%d\" fill=\"#eee\"/>%n",
                x(loadFrom, maxT), x(loadTo, maxT) - x(loadFrom, maxT), HEIGHT - BOTTOM - 20));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n",
                LEFT, HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"20\" x2=\"%d\" y2=\"%d\" stroke=\"#000\"/>%n",
                LEFT, LEFT, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT, "<text x=\"4\" y=\"24\">%d</text><text x=\"4\" y=\"%d\">0</text>%n",
                maxLag, HEIGHT - BOTTOM));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\">0 s</text><text x=\"%d\" y=\"%d\">%.0f s</text>%n",
                LEFT, HEIGHT - 12, WIDTH - 50, HEIGHT - 12, maxT));
        for (int g = 0; g < groups.size(); g++) {
            String group = groups.get(g);
            StringBuilder points = new StringBuilder();
            for (LagSampler.Sample sample : samples) {
                Long lag = sample.lag().get(group);
                if (lag != null) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(sample.seconds(), maxT), y(lag, maxLag)));
                }
            }
            String colour = COLOURS[g % COLOURS.length];
            svg.append(String.format(Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
                    colour, points.toString().trim()));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", LEFT,
                    HEIGHT + 14 + 20 * g, colour, escape(group)));
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(double seconds, double maxT) {
        return LEFT + (WIDTH - 10 - LEFT) * seconds / maxT;
    }

    private static double y(long lag, long maxLag) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - 20) * (double) lag / maxLag;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
