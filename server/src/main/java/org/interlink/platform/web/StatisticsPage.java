package org.interlink.platform.web;

import java.util.Comparator;
import java.util.List;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.Chart;
import org.interlink.common.NavigationItem;
import org.interlink.common.Statistic;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The statistics page: the charts the modules contribute ({@link Statistic}), for the viewer's bureau or, for the
 * General Secretariat, every bureau; each drawn as SVG with its numbers beside it as a table.
 */
@Controller
class StatisticsPage {

    private final List<Statistic> statistics;

    StatisticsPage(List<Statistic> statistics) {
        this.statistics = statistics.stream()
                .sorted(Comparator.comparingInt(Statistic::order))
                .toList();
    }

    @Bean
    static NavigationItem statisticsNavigation() {
        return new NavigationItem("statistics", "Statistics", "/statistics", 60);
    }

    @GetMapping("/statistics")
    String statistics(Model model) {
        Viewer viewer = CurrentViewer.get();
        model.addAttribute("gs", viewer.isGeneralSecretariat());
        model.addAttribute("bureau", viewer.bureau());
        model.addAttribute(
                "charts", statistics.stream().map(s -> drawn(s.chart(viewer))).toList());
        return "statistics";
    }

    private static Drawn drawn(Chart chart) {
        return new Drawn(chart, SvgChart.render(chart));
    }

    /** A chart and its SVG. Public: the template reads it. */
    public record Drawn(Chart chart, String svg) {}
}
