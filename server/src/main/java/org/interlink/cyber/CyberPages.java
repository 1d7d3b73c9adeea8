package org.interlink.cyber;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.CurrentViewer;
import org.interlink.common.Chart;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NavigationItem;
import org.interlink.common.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cyber objects pages: the list of the objects the viewer may see (filtered by type, TLP and text, with their
 * counts by type as a chart) and the import of a STIX bundle. Both go through {@link CyberIntelligence}, audited as the
 * API's calls are.
 */
@Controller
class CyberPages {

    /** The purposes of the pages' calls: the API's defaults (docs/API.md, "Cyber"). */
    static final String PURPOSE = "investigation";

    static final String SHARING_PURPOSE = "intelligence sharing";
    static final String CHECK_PURPOSE = "cyber check";
    static final int PAGE_SIZE = 50;
    static final int MAX_OFFSET = 10_000;

    private final CyberIntelligence intelligence;

    CyberPages(CyberIntelligence intelligence) {
        this.intelligence = intelligence;
    }

    @Bean
    static NavigationItem cyberNavigation() {
        return new NavigationItem("cyber", "Cyber", "/cyber", 37);
    }

    @GetMapping("/cyber")
    String objects(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String tlp,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(required = false) @Nullable String offset,
            Model model) {
        var viewer = CurrentViewer.get();
        Map<String, Long> counts = intelligence.counts(viewer, PURPOSE);
        model.addAttribute("counts", counts);
        model.addAttribute("types", counts.keySet());
        model.addAttribute("tlps", Tlp.values());
        model.addAttribute("type", type);
        model.addAttribute("tlp", tlp);
        model.addAttribute("text", text);
        if (!counts.isEmpty()) {
            model.addAttribute(
                    "chart",
                    new Chart(
                            "cyber-counts",
                            "Objects by type",
                            "The latest version of each STIX object you may see, counted by type.",
                            Chart.Style.BARS,
                            List.copyOf(counts.keySet()),
                            List.of(new Chart.Series("objects", List.copyOf(counts.values())))));
        }
        try {
            int from = offset(offset);
            CyberObjects.Filter filter = new CyberObjects.Filter(
                    type == null || type.isBlank() ? null : type.strip(),
                    QueryParameters.enumValue(Tlp.class, "tlp", tlp == null || tlp.isBlank() ? null : tlp),
                    text == null || text.isBlank() ? null : text.strip());
            if (filter.text() != null && filter.text().length() > 200) {
                throw new InvalidInputException("text", "must be at most 200 characters");
            }
            CyberIntelligence.Listing listing = intelligence.list(viewer, filter, from, PAGE_SIZE, PURPOSE);
            model.addAttribute("objects", listing.objects());
            model.addAttribute("offset", from);
            model.addAttribute("next", listing.more() ? from + PAGE_SIZE : null);
            model.addAttribute("previous", from > 0 ? Math.max(0, from - PAGE_SIZE) : null);
        } catch (InvalidInputException e) {
            model.addAttribute("problem", problem(e));
            model.addAttribute("objects", List.of());
        }
        return "cyber/objects";
    }

    private static int offset(@Nullable String offset) {
        if (offset == null || offset.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(offset.strip());
            if (value < 0 || value > MAX_OFFSET) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("offset", "must be a number from 0 to " + MAX_OFFSET);
        }
    }

    @GetMapping("/cyber/import")
    String importForm() {
        return "cyber/import";
    }

    /**
     * Imports an uploaded bundle, all or nothing. The access chosen on the form is given to every object that does not
     * state its own ({@code x_interlink_access}); the default is every member bureau.
     */
    @PostMapping("/cyber/import")
    String importBundle(
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String classification,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(required = false) @Nullable String countries,
            Model model) {
        model.addAttribute("classification", classification);
        model.addAttribute("audience", audience);
        model.addAttribute("countries", countries);
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "choose a STIX 2.1 bundle (JSON) to import");
            }
            model.addAttribute("fileName", file.getOriginalFilename());
            byte[] bundle = withAccess(
                    read(file, CyberController.MAX_BUNDLE_BYTES), access(classification, audience, countries));
            model.addAttribute("imported", intelligence.importBundle(CurrentViewer.get(), bundle, SHARING_PURPOSE));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
        }
        return "cyber/import";
    }

    /** The form's access as an {@code x_interlink_access} object, or null for the default (every member). */
    private static @Nullable ObjectNode access(
            @Nullable String classification, @Nullable String audience, @Nullable String countries) {
        Classification level = QueryParameters.enumValue(Classification.class, "classification", blank(classification));
        Audience who = QueryParameters.enumValue(Audience.class, "audience", blank(audience));
        List<String> codes = countries == null || countries.isBlank()
                ? List.of()
                : Arrays.stream(countries.strip().split("[,;\\s]+")).toList();
        for (String code : codes) {
            if (!code.matches("[A-Z]{2}")) {
                throw new InvalidInputException("countries", "must be country codes such as DE, FR: " + code);
            }
        }
        if (who != null && who != Audience.ALL && codes.isEmpty()) {
            throw new InvalidInputException("countries", "name the countries for " + who);
        }
        if (level == null && who == null && codes.isEmpty()) {
            return null;
        }
        ObjectNode access = BundleReader.JSON.createObjectNode();
        access.put("classification", (level == null ? Classification.OFFICIAL : level).name());
        access.put("audience", (who == null ? Audience.ALL : who).name());
        codes.forEach(access.putArray("countries")::add);
        return access;
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The bundle with the access given to each object without one; anything not a JSON bundle is passed on as it is,
     * for the import to name the problem.
     */
    private static byte[] withAccess(byte[] bundle, @Nullable ObjectNode access) {
        if (access == null) {
            return bundle;
        }
        JsonNode tree;
        try {
            tree = BundleReader.JSON.readTree(bundle);
        } catch (JacksonException e) {
            return bundle;
        }
        if (tree == null || !tree.path("objects").isArray()) {
            return bundle;
        }
        for (JsonNode object : tree.path("objects")) {
            if (object instanceof ObjectNode o && !o.has("x_interlink_access")) {
                o.set("x_interlink_access", access.deepCopy());
            }
        }
        return BundleReader.JSON.writeValueAsBytes(tree);
    }

    /** The uploaded file, refused once it passes {@code max} bytes (never read whole when larger). */
    static byte[] read(MultipartFile file, int max) {
        if (file.getSize() > max) {
            throw new InvalidInputException("file", "must be at most " + max / (1024 * 1024) + " MB");
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new InvalidInputException("file", "must be at most " + max / (1024 * 1024) + " MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String problem(InvalidInputException e) {
        List<String> lines = new ArrayList<>();
        for (FieldError error : e.errors()) {
            lines.add(error.field() + ": " + error.message());
        }
        return String.join("; ", lines);
    }
}
