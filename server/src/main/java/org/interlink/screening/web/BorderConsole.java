package org.interlink.screening.web;

import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.screening.Checks;
import org.interlink.screening.Screening;
import org.interlink.screening.ScreeningResult;
import org.jspecify.annotations.Nullable;
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
 * officer's recent checks (kept in the session only) and a passenger-list upload with progress.
 */
@Controller
class BorderConsole {

    static final int RECENT = 10;
    /** A CSV passenger list is screened in chunks, so the page can show progress. */
    static final int CHUNK = 50;

    private final Screening screening;
    private final Map<String, BatchJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    BorderConsole(Screening screening) {
        this.screening = screening;
    }

    public record Recent(Instant at, String query, String outcome) {}

    @GetMapping("/screening")
    String console(HttpSession session, Model model) {
        model.addAttribute("recent", recent(session));
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
            model.addAttribute("errors", e.errors());
        }
        model.addAttribute("recent", recent(session));
        return "screening/console :: answer";
    }

    /** Two or three lines of MRZ characters, or one long run of them with the {@code <<} separators. */
    static boolean looksLikeMrz(String text) {
        String compact = text.replaceAll("\\s+", "");
        return compact.contains("<<") && compact.matches("[A-Za-z0-9<|]+") && compact.length() >= 60;
    }

    private static String summary(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return looksLikeMrz(text) ? "MRZ " + oneLine.substring(0, Math.min(20, oneLine.length())) + "…" : oneLine;
    }

    // ------------------------------------------------------------- passenger lists

    /** The state of one uploaded passenger list, polled by the page. */
    public static final class BatchJob {
        final String owner;
        final int total;
        volatile int done;
        volatile @Nullable String error;
        final List<Screening.TravellerResult> results = new ArrayList<>();

        BatchJob(String owner, int total) {
            this.owner = owner;
            this.total = total;
        }

        /** Progress as of now, read once: the job runs on while the page renders, and the figures shown must agree. */
        public Progress progress() {
            int screened = done;
            boolean finished = screened == total || error != null;
            return new Progress(screened, total, total == 0 ? 100 : screened * 100 / total, finished);
        }

        public @Nullable String getError() {
            return error;
        }

        public synchronized List<Screening.TravellerResult> getResults() {
            return List.copyOf(results);
        }

        public long hits() {
            return getResults().stream()
                    .filter(r -> r.outcome().equals(ScreeningResult.HIT))
                    .count();
        }
    }

    /** A passenger list's progress at one moment. */
    public record Progress(int done, int total, int percent, boolean finished) {}

    @PostMapping("/screening/batches")
    String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        Viewer viewer = CurrentViewer.get();
        List<Screening.Traveller> travellers;
        try {
            travellers = PassengerListCsv.read(
                    new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            return "screening/console :: batch";
        }
        if (travellers.isEmpty() || travellers.size() > Screening.MAX_TRAVELLERS) {
            model.addAttribute(
                    "errors",
                    List.of(new FieldError(
                            "file", "a passenger list has 1 to " + Screening.MAX_TRAVELLERS + " travellers")));
            return "screening/console :: batch";
        }
        String id = UUID.randomUUID().toString();
        BatchJob job = new BatchJob(viewer.actor(), travellers.size());
        jobs.put(id, job);
        Checks.Context context = new Checks.Context("border check", "passenger list " + file.getOriginalFilename());
        workers.submit(() -> {
            try {
                for (int from = 0; from < travellers.size(); from += CHUNK) {
                    List<Screening.Traveller> chunk =
                            travellers.subList(from, Math.min(travellers.size(), from + CHUNK));
                    List<Screening.TravellerResult> results = screening.screenBatch(viewer, chunk, context);
                    synchronized (job) {
                        job.results.addAll(results);
                    }
                    job.done += chunk.size();
                }
            } catch (InvalidInputException e) {
                job.error = e.errors().getFirst().field().replaceFirst("travellers\\[(\\d+)]", "line $1") + ": "
                        + e.errors().getFirst().message();
            } catch (RuntimeException e) {
                job.error = "the list could not be screened; nothing more was checked";
            }
        });
        model.addAttribute("jobId", id);
        model.addAttribute("job", job);
        return "screening/console :: batch";
    }

    @GetMapping("/screening/batches/{id}")
    String progress(@PathVariable String id, Model model) {
        BatchJob job = jobs.get(id);
        if (job == null || !job.owner.equals(CurrentViewer.get().actor())) {
            throw new NotFoundException("batch", id);
        }
        model.addAttribute("jobId", id);
        model.addAttribute("job", job);
        return "screening/console :: batch";
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
