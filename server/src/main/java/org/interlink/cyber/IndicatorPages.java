package org.interlink.cyber;

import java.util.ArrayList;
import java.util.List;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An indicator's page: the indicator as the viewer may see it, its versions, its sightings (counted for its owner; a
 * form for the others), and its neighbourhood as a graph. A missing indicator and one the viewer may not see give the
 * same "not found" page.
 */
@Controller
class IndicatorPages {

    private final CyberIntelligence intelligence;
    private final Neighbourhoods neighbourhoods;

    IndicatorPages(CyberIntelligence intelligence, Neighbourhoods neighbourhoods) {
        this.intelligence = intelligence;
        this.neighbourhoods = neighbourhoods;
    }

    /** What the page shows of an indicator. Public: the template reads it. */
    public record Shown(
            String id,
            String name,
            String description,
            String pattern,
            List<String> types,
            List<String> labels,
            String owner,
            String tlp,
            String validFrom,
            String validUntil,
            int confidence,
            int confidenceNow,
            boolean revoked,
            String action,
            @Nullable Long sightings,
            @Nullable Long sightingBureaus) {}

    @GetMapping("/cyber/indicators/{id}")
    String indicator(@PathVariable String id, Model model) {
        Viewer viewer = CurrentViewer.get();
        ObjectNode answer = intelligence.indicator(viewer, id, CyberPages.PURPOSE);
        Shown shown = shown(id, answer);
        model.addAttribute("indicator", shown);
        model.addAttribute("versions", intelligence.versions(viewer, shown.owner(), id));
        model.addAttribute("graph", NeighbourhoodDrawing.of(neighbourhoods.around(viewer, id, CyberPages.PURPOSE)));
        model.addAttribute("own", shown.owner().equals(viewer.bureau()));
        return "cyber/indicator";
    }

    /** Files a sighting through the same service as {@code POST /api/v1/cyber/sightings}. */
    @PostMapping("/cyber/indicators/{id}/sightings")
    String sighting(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String count,
            @RequestParam(required = false) @Nullable String description,
            RedirectAttributes redirect) {
        ObjectNode sighting = BundleReader.JSON.createObjectNode();
        sighting.put("sighting_of_ref", id);
        try {
            int times;
            try {
                times = Integer.parseInt(count == null ? "1" : count.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("count", "must be a whole number from 1 to 999,999,999");
            }
            if (times < 1 || times > 999_999_999) {
                throw new InvalidInputException("count", "must be a whole number from 1 to 999,999,999");
            }
            sighting.put("count", times);
            if (description != null && !description.isBlank()) {
                if (description.length() > 2000) {
                    throw new InvalidInputException("description", "must be at most 2,000 characters");
                }
                sighting.put("description", description.strip());
            }
            CyberIntelligence.Filed filed =
                    intelligence.sighting(CurrentViewer.get(), sighting, CyberPages.SHARING_PURPOSE);
            redirect.addFlashAttribute(
                    "message", "Sighting filed (" + filed.id() + "); " + filed.owner() + " sees it counted.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", CyberPages.problem(e));
        }
        return "redirect:/cyber/indicators/" + id;
    }

    private static Shown shown(String id, ObjectNode answer) {
        JsonNode object = answer.path("object");
        JsonNode sightings = answer.path("sightings");
        return new Shown(
                id,
                object.path("name").asString(""),
                object.path("description").asString(""),
                object.path("pattern").asString(""),
                strings(object.path("indicator_types")),
                strings(object.path("labels")),
                answer.path("owner").asString(),
                answer.path("tlp").asString(),
                answer.path("validFrom").asString(),
                answer.path("validUntil").asString(),
                answer.path("confidence").asInt(),
                answer.path("confidenceNow").asInt(),
                answer.path("revoked").asBoolean(),
                answer.path("action").asString(),
                sightings.isObject() ? sightings.path("count").asLong() : null,
                sightings.isObject() ? sightings.path("bureaus").asLong() : null);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString("")));
        return values;
    }
}
