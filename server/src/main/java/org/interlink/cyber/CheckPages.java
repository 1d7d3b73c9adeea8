package org.interlink.cyber;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.interlink.access.CurrentViewer;
import org.interlink.common.ConflictException;
import org.interlink.common.IndexReadiness;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The check page: values pasted (one per line) or uploaded as a text file, checked by {@link CheckJobs} through the
 * same {@link Checks} as {@code POST /api/v1/cyber/checks}. A short list is answered at once; a long one shows its
 * progress, polled by htmx, until every value is answered.
 */
@Controller
class CheckPages {

    /** How long the answer waits for a list before showing its progress instead. */
    private static final Duration WAIT = Duration.ofSeconds(2);

    private final CheckJobs jobs;

    CheckPages(CheckJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/cyber/check")
    String form() {
        return "cyber/check";
    }

    @PostMapping("/cyber/check")
    String check(
            @RequestParam(required = false) @Nullable String values,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model) {
        model.addAttribute("values", values);
        try {
            List<String> list = new ArrayList<>(lines(values == null ? "" : values));
            if (file != null && !file.isEmpty()) {
                list.addAll(lines(text(CyberPages.read(file, CyberController.MAX_CHECK_BYTES))));
            }
            if (list.isEmpty()) {
                throw new InvalidInputException("values", "paste at least one value, or choose a text file");
            }
            model.addAttribute("job", jobs.start(CurrentViewer.get(), list, CyberPages.CHECK_PURPOSE, WAIT));
        } catch (InvalidInputException e) {
            model.addAttribute("problem", problem(e));
        } catch (IndexReadiness.NotReady e) {
            model.addAttribute("problem", e.getBody().getDetail());
        } catch (ConflictException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "cyber/check";
    }

    /** The job's page: its progress while it runs (what htmx polls), then every result. */
    @GetMapping("/cyber/check/jobs/{id}")
    String job(@PathVariable String id, Model model) {
        model.addAttribute(
                "job", jobs.find(CurrentViewer.get(), id).orElseThrow(() -> new NotFoundException("check", id)));
        return "cyber/check";
    }

    /** The non-blank lines, stripped: one value per line. */
    static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", "must be a text file (UTF-8), one value per line");
        }
    }

    /** A refusal as the page says it: {@code values[3]} is the fourth value. */
    private static String problem(InvalidInputException e) {
        var error = e.errors().getFirst();
        String field = error.field();
        if (field.matches("values\\[\\d+]")) {
            int index = Integer.parseInt(field.substring(7, field.length() - 1));
            return "Value " + (index + 1) + ": " + error.message();
        }
        return field + ": " + error.message();
    }
}
