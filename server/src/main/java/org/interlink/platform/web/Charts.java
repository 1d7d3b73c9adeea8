package org.interlink.platform.web;

import org.interlink.common.Chart;
import org.springframework.stereotype.Component;

/** Draws a module's {@link Chart} for its own page: templates write {@code th:with="svg=${@charts.svg(chart)}" th:utext="${svg}"} (Thymeleaf refuses a bean call inside {@code th:utext} itself). */
@Component("charts")
public class Charts {

    /** The chart as accessible SVG, every text escaped (see {@link SvgChart}). */
    public String svg(Chart chart) {
        return SvgChart.render(chart);
    }
}
