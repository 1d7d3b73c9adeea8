package org.interlink.platform.web;

import java.util.Comparator;
import java.util.List;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.HomeFigure;
import org.interlink.members.Countries;
import org.interlink.members.Country;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the bureau's home page. */
@Controller
class PagesController {

    private final Countries countries;
    private final List<HomeFigure> figures;

    PagesController(Countries countries, List<HomeFigure> figures) {
        this.countries = countries;
        this.figures = figures.stream()
                .sorted(Comparator.comparingInt(HomeFigure::order))
                .toList();
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(Model model) {
        Viewer viewer = CurrentViewer.get();
        model.addAttribute("viewer", viewer);
        model.addAttribute(
                "bureauName",
                viewer.isGeneralSecretariat()
                        ? "General Secretariat"
                        : "NCB "
                                + countries
                                        .find(viewer.bureau())
                                        .map(Country::name)
                                        .orElse(viewer.bureau()));
        model.addAttribute("country", countries.find(viewer.bureau()).orElse(null));
        model.addAttribute(
                "figures",
                figures.stream()
                        .map(f -> {
                            long value = f.value(viewer);
                            return new Figure(f.label(), value, f.path(), f.flagged(value));
                        })
                        .toList());
        return "home";
    }

    /**
     * Public: templates read it.
     *
     * @param path the list the figure counts, null when it has none
     * @param flagged the value calls for action: the tile is marked
     */
    public record Figure(String label, long value, @Nullable String path, boolean flagged) {}
}
