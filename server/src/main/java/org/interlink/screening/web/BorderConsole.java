package org.interlink.screening.web;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.screening.Checks;
import org.interlink.screening.Screening;
import org.interlink.screening.ScreeningResult;
import org.interlink.screening.WatchlistReadiness;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The border console: one keyboard-first page. A single box takes a scanned MRZ (two or three lines) or a name, with an
 * optional date of birth and nationality; the answer is a large HIT / POSSIBLE / NO HIT with what to do. Below, the
 * officer's recent checks (kept in the session only) and a passenger-list upload with progress. Until the watchlist
 * is ready, a check or a list is not screened and the page says so.
 */
@Controller
class BorderConsole {

    static final int RECENT = 10;
    /** A CSV passenger list is screened in chunks, so the page can show progress. */
    static final int CHUNK = 50;

    private final Screening screening;
    private final WatchlistReadiness readiness;
    private final AuditJournal journal;
    private final Map<String, PassengerList> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    BorderConsole(Screening screening, WatchlistReadiness readiness, AuditJournal journal) {
        this.screening = screening;
        this.readiness = readiness;
        this.journal = journal;
    }

    public record Recent(Instant at, String query, String outcome) {}

    @GetMapping("/screening")
    String console(HttpSession session, Model model) {
        model.addAttribute("recent", recent(session));
        model.addAttribute("notReady", !readiness.isReady());
        return "screening/console";
    }

    /** htmx: one check from the box; answers the verdict fragment. */
    @PostMapping("/screening/check")
    String check(
            @RequestParam(defaultValue = "") String query,
            @RequestParam(required = false) @Nullable String dateOfBirth,
            @RequestParam(required = false) @Nullable String nationality,
            HttpSession session,
            Model model) {
        Viewer viewer = CurrentViewer.get();
        Checks.Context context = new Checks.Context("border check", "border console");
        String text = query.strip();
        try {
            ScreeningResult result;
            if (looksLikeMrz(text)) {
                result = screening.screenDocument(viewer, new Checks.DocumentCheck(null, null, text), context);
            } else {
                result = screening.screenPerson(
                        viewer,
                        new Checks.PersonCheck(text, blankToNull(dateOfBirth), blankToNull(nationality), null, 10, 0.8),
                        context);
            }
            model.addAttribute("result", result);
            remember(session, new Recent(Instant.now(), summary(text), result.outcome()));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "errors",
                    e.errors().stream().map(BorderConsole::officerWords).toList());
        } catch (WatchlistReadiness.NotReady e) {
            model.addAttribute("notReady", true);
        }
        model.addAttribute("recent", recent(session));
        return "screening/console :: answer";
    }

    /** Two or three lines of MRZ characters, or one long run of them with the {@code <<} separators. */
    static boolean looksLikeMrz(String text) {
        String compact = text.replaceAll("\\s+", "");
        return compact.contains("<<") && compact.matches("[A-Za-z0-9<|]+") && compact.length() >= 60;
    }

    /** A scan the reader could not read at all, said for the officer at the desk rather than for a developer. */
    static FieldError officerWords(FieldError error) {
        if (!error.field().startsWith("mrz.")) {
            return error;
        }
        String field = error.field().substring("mrz.".length());
        String what;
        if (field.equals("line count")) {
            what = "has the wrong number of lines (" + error.message() + ")";
        } else if (field.matches("line \\d length")) {
            what = "is incomplete: " + field.replace(" length", "") + " has the wrong length (" + error.message() + ")";
        } else if (field.matches("line \\d character \\d+")) {
            what = "has an unreadable character on " + field.replace(" character ", ", position ") + " ("
                    + error.message() + ")";
        } else {
            what = "could not be read: " + field + " " + error.message();
        }
        return new FieldError("Scan", what + ". Scan the document again, or type its number and country.");
    }

    private static String summary(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return looksLikeMrz(text) ? "MRZ " + oneLine.substring(0, Math.min(20, oneLine.length())) + "…" : oneLine;
    }

    // ------------------------------------------------------------- passenger lists

    @PostMapping("/screening/batches")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        Viewer viewer = CurrentViewer.get();
        if (!readiness.isReady()) {
            model.addAttribute("notReady", true);
            return "screening/console :: batch";
        }
        List<PassengerListCsv.Row> rows;
        try {
            rows = PassengerListCsv.read(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return "screening/console :: batch";
        }
        if (rows.isEmpty() || rows.size() > Screening.MAX_TRAVELLERS) {
            model.addAttribute(
                    "errors",
                    List.of(new FieldError(
                            "file", "a passenger list has 1 to " + Screening.MAX_TRAVELLERS + " travellers")));
            return "screening/console :: batch";
        }
        String id = UUID.randomUUID().toString();
        PassengerList job = new PassengerList(viewer.actor(), rows.size());
        jobs.put(id, job);
        Checks.Context context = new Checks.Context("border check", "passenger list " + file.getOriginalFilename());
        workers.submit(() -> job.screen(screening, viewer, rows, CHUNK, context));
        model.addAttribute("jobId", id);
        model.addAttribute("job", job);
        model.addAttribute("show", PassengerList.Show.ALL);
        return "screening/console :: batch";
    }

    /** htmx: the list's progress, then its results, hits and possibles first, filtered by {@code show}. */
    @GetMapping("/screening/batches/{id}")
    String progress(@PathVariable String id, @RequestParam(defaultValue = "ALL") String show, Model model) {
        model.addAttribute("jobId", id);
        model.addAttribute("job", job(id));
        model.addAttribute("show", PassengerList.Show.parse(show));
        return "screening/console :: batch";
    }

    /** The list's results as a CSV download: the screened travellers, hits and possibles first, then the rejected rows. */
    @GetMapping(value = "/screening/batches/{id}/results.csv", produces = "text/csv")
    ResponseEntity<byte[]> export(@PathVariable String id) {
        PassengerList job = job(id);
        Viewer viewer = CurrentViewer.get();
        journal.record(new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                Operation.EXPORT,
                "passenger-list",
                id,
                "border check",
                Outcome.SUCCESS));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("passenger-list-results.csv")
                                .build()
                                .toString())
                .body(job.csv().getBytes(StandardCharsets.UTF_8));
    }

    /** The viewer's own list; anyone else's is answered as missing. */
    private PassengerList job(String id) {
        PassengerList job = jobs.get(id);
        if (job == null || !job.owner().equals(CurrentViewer.get().actor())) {
            throw new NotFoundException("batch", id);
        }
        return job;
    }

    @SuppressWarnings("unchecked")
    private static List<Recent> recent(HttpSession session) {
        Object list = session.getAttribute("screening.recent");
        return list == null ? List.of() : List.copyOf((List<Recent>) list);
    }

    @SuppressWarnings("unchecked")
    private static void remember(HttpSession session, Recent recent) {
        LinkedList<Recent> list = (LinkedList<Recent>) session.getAttribute("screening.recent");
        if (list == null) {
            list = new LinkedList<>();
        }
        list.addFirst(recent);
        while (list.size() > RECENT) {
            list.removeLast();
        }
        session.setAttribute("screening.recent", list);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
