package org.interlink.common;

import java.time.LocalDate;
import java.util.List;

/**
 * Figures people compare, as a chart: one value per category (a day, an outcome, an age) for each series. The platform
 * draws it as SVG and lists the same numbers as a table.
 *
 * <p>Example: {@code new Chart("hits", "Hits by outcome", "…", Style.BARS, List.of("open", "confirmed"),
 * List.of(new Series("hits", List.of(4L, 1L))))}.
 *
 * @param key unique on the page, letters, digits and hyphens (it names the chart's elements)
 * @param description one or two sentences saying what is counted and for whom
 * @param series at least one, each with one value per category
 */
public record Chart(
        String key, String title, String description, Style style, List<String> categories, List<Series> series) {

    /** Bars for counts per category, lines for counts over time. */
    public enum Style {
        BARS,
        LINES
    }

    /**
     * One named row of values.
     *
     * @param values non-negative, one per category
     */
    public record Series(String name, List<Long> values) {
        public Series {
            values = List.copyOf(values);
            if (values.stream().anyMatch(v -> v < 0)) {
                throw new IllegalArgumentException("values must not be negative: " + values);
            }
        }
    }

    /** The last {@code n} days up to {@code today}, oldest first: the categories of a chart over time. */
    public static List<LocalDate> days(LocalDate today, int n) {
        return java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> today.minusDays(n - 1L - i))
                .toList();
    }

    /** A day as a category reads: {@code 12-07}. */
    public static String label(LocalDate day) {
        return String.format(java.util.Locale.ROOT, "%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
    }

    public Chart {
        if (!key.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("key must be letters, digits and hyphens: " + key);
        }
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs a series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has "
                        + s.values().size() + " values for " + categories.size() + " categories");
            }
        }
    }
}
