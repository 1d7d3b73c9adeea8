package org.interlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlink.common.Chart;
import org.junit.jupiter.api.Test;

class SvgChartTest {

    private static final Chart BARS = new Chart(
            "outcomes",
            "Hits by outcome",
            "The hits on your records.",
            Chart.Style.BARS,
            List.of("open", "confirmed", "dismissed"),
            List.of(new Chart.Series("hits", List.of(8L, 2L, 0L)), new Chart.Series("silent", List.of(1L, 0L, 4L))));

    @Test
    void drawsOneBarPerCategoryAndSeriesWithHeightsInProportion() {
        String svg = SvgChart.render(BARS);

        assertThat(count(svg, "<rect class=\"bar\"")).isEqualTo(6);
        assertThat(attributes(svg, "data-value")).containsExactly("8", "2", "0", "1", "0", "4");
        List<Double> heights =
                attributes(svg, "height").stream().map(Double::parseDouble).toList();
        // The axis tops at 8 (four steps of 2) for a largest value of 8: a bar of 8 is four times as tall as one of 2.
        assertThat(heights.get(0)).isEqualTo(heights.get(1) * 4, org.assertj.core.api.Assertions.within(0.2));
        assertThat(heights.get(2)).isZero();
        assertThat(svg)
                .contains(">2</text>", ">4</text>", ">6</text>", ">8</text>")
                .doesNotContain(">10</text>");
    }

    @Test
    void isAnImageNamedByItsTitleAndDescribedByItsDescription() {
        String svg = SvgChart.render(BARS);

        assertThat(svg)
                .startsWith("<svg ")
                .contains("role=\"img\"", "id=\"chart-outcomes\"")
                .contains("aria-labelledby=\"chart-outcomes-title chart-outcomes-desc\"")
                .contains("<title id=\"chart-outcomes-title\">Hits by outcome</title>")
                .contains("<desc id=\"chart-outcomes-desc\">The hits on your records.</desc>")
                .contains(">open</text>", ">confirmed</text>", ">dismissed</text>")
                .contains("class=\"legend\"", ">hits</text>", ">silent</text>")
                .endsWith("</svg>");
    }

    @Test
    void drawsOneLineWithAPointPerCategoryForEachSeries() {
        List<LocalDate> days = Chart.days(LocalDate.of(2026, 12, 7), 3);
        Chart chart = new Chart(
                "per-day",
                "Checks per day",
                "Checks.",
                Chart.Style.LINES,
                days.stream().map(Chart::label).toList(),
                List.of(
                        new Chart.Series("checks", List.of(0L, 5L, 3L)),
                        new Chart.Series("hits", List.of(0L, 1L, 0L))));

        String svg = SvgChart.render(chart);

        assertThat(count(svg, "<polyline")).isEqualTo(2);
        assertThat(count(svg, "<circle")).isEqualTo(6);
        assertThat(svg).contains(">12-05</text>", ">12-06</text>", ">12-07</text>");
        Matcher points = Pattern.compile("points=\"([^\"]+)\"").matcher(svg);
        assertThat(points.find()).isTrue();
        String[] checks = points.group(1).split(" ");
        assertThat(checks).hasSize(3);
        // Higher values sit higher on the image (smaller y).
        assertThat(y(checks[1])).isLessThan(y(checks[2])).isLessThan(y(checks[0]));
    }

    @Test
    void theAxisTopsAtARoundStep() {
        assertThat(SvgChart.axisTop(single(0))).isEqualTo(4);
        assertThat(SvgChart.axisTop(single(3))).isEqualTo(4);
        assertThat(SvgChart.axisTop(single(7))).isEqualTo(8);
        assertThat(SvgChart.axisTop(single(12))).isEqualTo(20);
        assertThat(SvgChart.axisTop(single(51))).isEqualTo(80);
        assertThat(SvgChart.axisTop(single(4_000))).isEqualTo(4_000);
        assertThat(SvgChart.axisTop(single(4_001))).isEqualTo(8_000);
    }

    @Test
    void escapesEveryText() {
        Chart chart = new Chart(
                "x",
                "<script>alert(1)</script>",
                "a \"quoted\" & <b>bold</b> text",
                Chart.Style.BARS,
                List.of("<i>"),
                List.of(new Chart.Series("\"><script>", List.of(1L))));

        String svg = SvgChart.render(chart);

        assertThat(svg).doesNotContain("<script>", "<b>", "<i>");
        assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&quot;quoted&quot; &amp; &lt;b&gt;");
    }

    @Test
    void aChartRefusesSeriesThatDoNotFitItsCategories() {
        assertThatThrownBy(() -> new Chart(
                        "x",
                        "t",
                        "d",
                        Chart.Style.BARS,
                        List.of("a", "b"),
                        List.of(new Chart.Series("s", List.of(1L)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 values for 2 categories");
        assertThatThrownBy(() -> new Chart.Series("s", List.of(-1L))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Chart("Not a key", "t", "d", Chart.Style.BARS, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Chart single(long value) {
        return new Chart("s", "t", "d", Chart.Style.BARS, List.of("a"), List.of(new Chart.Series("s", List.of(value))));
    }

    private static double y(String point) {
        return Double.parseDouble(point.split(",")[1]);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<String> attributes(String svg, String name) {
        Matcher m = Pattern.compile("<rect class=\"bar\"[^>]* " + name + "=\"([^\"]+)\"")
                .matcher(svg);
        List<String> values = new java.util.ArrayList<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
