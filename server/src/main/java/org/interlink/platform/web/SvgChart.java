package org.interlink.platform.web;

import java.util.List;
import java.util.Locale;
import org.interlink.common.Chart;

/**
 * Draws a {@link Chart} as an accessible SVG image: {@code role="img"} named by its {@code <title>} and described by
 * its {@code <desc>}, an axis with round steps, bars grouped per category or one line per series, the value written on
 * every bar and point, and a legend. Every text is escaped, so the result can be written into a page as it is.
 */
final class SvgChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 36;
    private static final int BOTTOM = 44;
    /** Dark enough for 4.5:1 on white and told apart in the common colour blindnesses (Okabe–Ito, darkened). */
    private static final List<String> COLOURS = List.of("#0a3f8f", "#b35806", "#1b7a5a", "#8e3b8e", "#5a5a5a");

    private SvgChart() {}

    static String render(Chart chart) {
        long top = axisTop(chart);
        StringBuilder svg = new StringBuilder();
        String id = "chart-" + chart.key();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" id=\"")
                .append(id)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(chart.title()))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(chart.description()))
                .append("</desc>");
        axis(svg, top);
        labels(svg, chart);
        if (chart.style() == Chart.Style.BARS) {
            bars(svg, chart, top);
        } else {
            lines(svg, chart, top);
        }
        legend(svg, chart);
        return svg.append("</svg>").toString();
    }

    /** Gridlines above the axis: the top value is this many round steps. */
    private static final int TICKS = 4;

    /**
     * The axis's top value: four steps of the smallest round step (1, 2 or 5 × 10ⁿ) that reach the largest value, so
     * every gridline reads as a whole number.
     */
    static long axisTop(Chart chart) {
        long max = chart.series().stream()
                .flatMap(s -> s.values().stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        for (long power = 1; ; power *= 10) {
            for (long multiple : new long[] {1, 2, 5}) {
                if (multiple * power * TICKS >= max) {
                    return multiple * power * TICKS;
                }
            }
        }
    }

    private static void axis(StringBuilder svg, long top) {
        for (int i = 0; i <= TICKS; i++) {
            long value = top * i / TICKS;
            double y = y(value, top);
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y1=\"")
                    .append(fmt(y))
                    .append("\" y2=\"")
                    .append(fmt(y))
                    .append("\" stroke=\"")
                    .append(i == 0 ? "#333" : "#ddd")
                    .append("\"/>");
            svg.append("<text class=\"tick\" x=\"")
                    .append(LEFT - 6)
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">")
                    .append(String.format(Locale.ROOT, "%,d", value))
                    .append("</text>");
        }
    }

    private static void labels(StringBuilder svg, Chart chart) {
        int n = chart.categories().size();
        // Every label fits when there are few; of many (a month of days) every other one is written.
        int every = n > 16 ? 2 : 1;
        for (int i = 0; i < n; i += every) {
            svg.append("<text class=\"category\" x=\"")
                    .append(fmt(centre(i, n)))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">")
                    .append(escape(chart.categories().get(i)))
                    .append("</text>");
        }
    }

    private static void bars(StringBuilder svg, Chart chart, long top) {
        int n = chart.categories().size();
        int m = chart.series().size();
        double slot = slot(n);
        double width = slot * 0.8 / m;
        for (int s = 0; s < m; s++) {
            Chart.Series series = chart.series().get(s);
            for (int i = 0; i < n; i++) {
                long value = series.values().get(i);
                double x = LEFT + slot * i + slot * 0.1 + width * s;
                double y = y(value, top);
                svg.append("<rect class=\"bar\" x=\"")
                        .append(fmt(x))
                        .append("\" y=\"")
                        .append(fmt(y))
                        .append("\" width=\"")
                        .append(fmt(width))
                        .append("\" height=\"")
                        .append(fmt(y(0, top) - y));
                mark(svg, s, series.name(), value);
                value(svg, x + width / 2, y, value);
            }
        }
    }

    private static void lines(StringBuilder svg, Chart chart, long top) {
        int n = chart.categories().size();
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < n; i++) {
                points.append(i == 0 ? "" : " ")
                        .append(fmt(centre(i, n)))
                        .append(',')
                        .append(fmt(y(series.values().get(i), top)));
            }
            svg.append("<polyline class=\"line\" fill=\"none\" stroke-width=\"2\" stroke=\"")
                    .append(colour(s))
                    .append("\" points=\"")
                    .append(points)
                    .append("\" data-series=\"")
                    .append(escape(series.name()))
                    .append("\"/>");
            for (int i = 0; i < n; i++) {
                long value = series.values().get(i);
                double y = y(value, top);
                svg.append("<circle class=\"point\" r=\"3\" cx=\"")
                        .append(fmt(centre(i, n)))
                        .append("\" cy=\"")
                        .append(fmt(y));
                mark(svg, s, series.name(), value);
                if (value > 0) {
                    value(svg, centre(i, n), y, value);
                }
            }
        }
    }

    /** Ends a bar's or a point's element: its colour, and its series and value for whoever reads the markup. */
    private static void mark(StringBuilder svg, int series, String name, long value) {
        svg.append("\" fill=\"")
                .append(colour(series))
                .append("\" data-series=\"")
                .append(escape(name))
                .append("\" data-value=\"")
                .append(value)
                .append("\"/>");
    }

    private static void value(StringBuilder svg, double x, double y, long value) {
        svg.append("<text class=\"value\" x=\"")
                .append(fmt(x))
                .append("\" y=\"")
                .append(fmt(y - 4))
                .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#111\">")
                .append(String.format(Locale.ROOT, "%,d", value))
                .append("</text>");
    }

    private static void legend(StringBuilder svg, Chart chart) {
        double x = LEFT;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            svg.append("<rect x=\"")
                    .append(fmt(x))
                    .append("\" y=\"10\" width=\"12\" height=\"12\" fill=\"")
                    .append(colour(s))
                    .append("\"/>");
            svg.append("<text class=\"legend\" x=\"")
                    .append(fmt(x + 16))
                    .append("\" y=\"20\" font-size=\"12\" fill=\"#111\">")
                    .append(escape(name))
                    .append("</text>");
            x += 28 + name.length() * 7;
        }
    }

    private static double slot(int categories) {
        return (double) (WIDTH - LEFT - RIGHT) / Math.max(1, categories);
    }

    private static double centre(int i, int categories) {
        return LEFT + slot(categories) * (i + 0.5);
    }

    private static double y(long value, long top) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (double) value / top);
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
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
