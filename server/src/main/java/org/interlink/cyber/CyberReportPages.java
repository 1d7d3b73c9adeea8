package org.interlink.cyber;

import java.util.Arrays;
import java.util.List;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cyber report pages: the reports the viewer may see ({@code /cyber/reports}), writing one ({@code
 * /cyber/reports/new}, choosing objects by a search over id and name) and reading one ({@code /cyber/reports/{id}}).
 */
@Controller
class CyberReportPages {

    static final String PURPOSE = "cyber intelligence";

    /** Objects the search offers at once: enough to choose from, few enough to read. */
    static final int SEARCH_LIMIT = 25;

    private final CyberReports reports;
    private final CyberObjects objects;
    private final AuditJournal journal;

    CyberReportPages(CyberReports reports, CyberObjects objects, AuditJournal journal) {
        this.reports = reports;
        this.objects = objects;
        this.journal = journal;
    }

    @GetMapping("/cyber/reports")
    String list(@RequestParam(required = false) @Nullable String cursor, Model model) {
        CursorPage<CyberReports.Summary> page = reports.list(CurrentViewer.get(), cursor, 50, PURPOSE);
        model.addAttribute("reports", page.items());
        model.addAttribute("nextCursor", page.nextCursor());
        return "cyber/reports";
    }

    @GetMapping("/cyber/reports/new")
    String form(Model model) {
        model.addAttribute("form", new Form("", "", List.of(), "ALL", "", "OFFICIAL", ""));
        model.addAttribute("chosen", List.of());
        model.addAttribute("errors", List.of());
        return "cyber/report-form";
    }

    /** The objects the viewer may see whose id or name contains the text: checkboxes to add to the report. */
    @GetMapping("/cyber/reports/objects")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        Viewer viewer = CurrentViewer.get();
        String text = q.strip();
        if (text.length() > 200) {
            throw new InvalidInputException("q", "must be at most 200 characters");
        }
        List<CyberObjects.Found> found = text.length() < 2 ? List.of() : objects.search(viewer, text, SEARCH_LIMIT);
        if (!text.isEmpty()) {
            journal.record(new AuditEntry(
                    viewer.actor(), viewer.bureau(), Operation.LIST, "cyber-object", text, PURPOSE, Outcome.SUCCESS));
        }
        model.addAttribute("found", found);
        model.addAttribute("q", text);
        return "cyber/report-fragments :: results";
    }

    /** One object added to the report (a checked box); 404, as for a missing object, when the viewer may not see it. */
    @GetMapping("/cyber/reports/objects/chosen")
    String chosen(@RequestParam(defaultValue = "") String id, Model model) {
        Viewer viewer = CurrentViewer.get();
        List<CyberObjects.Found> found = id.length() > 200 ? List.of() : objects.described(viewer, List.of(id));
        journal.record(new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                Operation.READ,
                "cyber-object",
                id,
                PURPOSE,
                found.isEmpty() ? Outcome.NOT_FOUND : Outcome.SUCCESS));
        if (found.isEmpty()) {
            throw new NotFoundException("object", id);
        }
        model.addAttribute("o", found.getFirst());
        return "cyber/report-fragments :: chosen-item";
    }

    /** The form as typed. {@code objectRefs}: the ids chosen; {@code countries}: codes separated by commas or spaces. */
    record Form(
            String title,
            String description,
            List<String> objectRefs,
            String audience,
            String countries,
            String classification,
            String tlp) {}

    @PostMapping("/cyber/reports")
    String create(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @Nullable List<String> objectRefs,
            @RequestParam(defaultValue = "ALL") String audience,
            @RequestParam(defaultValue = "") String countries,
            @RequestParam(defaultValue = "OFFICIAL") String classification,
            @RequestParam(defaultValue = "") String tlp,
            Model model) {
        Viewer viewer = CurrentViewer.get();
        List<String> refs = objectRefs == null ? List.of() : objectRefs;
        List<String> codes = Arrays.stream(countries.split("[,\\s]+"))
                .filter(code -> !code.isBlank())
                .toList();
        ObjectNode body = BundleReader.JSON.createObjectNode();
        body.put("title", title);
        body.put("description", description);
        ArrayNode array = body.putArray("objectRefs");
        refs.forEach(array::add);
        ObjectNode access = body.putObject("access");
        access.put("classification", classification);
        access.put("audience", audience);
        ArrayNode list = access.putArray("countries");
        codes.forEach(list::add);
        if (!tlp.isBlank()) {
            body.put("tlp", tlp);
        }
        try {
            CyberReports.Created created = reports.create(viewer, body, PURPOSE);
            return "redirect:/cyber/reports/" + created.id();
        } catch (InvalidInputException e) {
            model.addAttribute("form", new Form(title, description, refs, audience, countries, classification, tlp));
            model.addAttribute("chosen", refs.isEmpty() ? List.of() : objects.described(viewer, refs));
            model.addAttribute("errors", e.errors());
            return "cyber/report-form";
        }
    }

    @GetMapping("/cyber/reports/{id}")
    String show(@PathVariable String id, Model model) {
        ObjectNode report = reports.get(CurrentViewer.get(), id, PURPOSE);
        model.addAttribute("report", report);
        model.addAttribute("object", report.get("object"));
        return "cyber/report";
    }
}
