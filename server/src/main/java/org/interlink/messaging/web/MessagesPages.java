package org.interlink.messaging.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.interlink.access.Classification;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.CursorPage;
import org.interlink.common.CyberReportLinks;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.messaging.AttachmentRejectedException;
import org.interlink.messaging.MessageDraft;
import org.interlink.messaging.MessageSummary;
import org.interlink.messaging.MessageView;
import org.interlink.messaging.Messages;
import org.interlink.messaging.MultipartMessage;
import org.interlink.messaging.Priority;
import org.interlink.messaging.Reference;
import org.interlink.messaging.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * The message pages: inbox (new messages appear live, polled every 5 seconds), sent, search, a message with its
 * thread and read receipts, compose (pre-filled from a hit or notice page with {@code ?refType=HIT&refId=...}), reply
 * and forward.
 */
@Controller
class MessagesPages {

    static final int PAGE = 50;

    private final Messages messages;
    private final CyberReportLinks reports;

    MessagesPages(Messages messages, CyberReportLinks reports) {
        this.messages = messages;
        this.reports = reports;
    }

    @GetMapping("/messages")
    String list(
            @RequestParam(defaultValue = "inbox") String box,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            Model model) {
        Viewer viewer = CurrentViewer.get();
        CursorPage<MessageSummary> page;
        boolean searching = q != null && !q.isBlank();
        if (searching) {
            page = messages.search(viewer, q, PAGE, cursor, Purposes.READ);
        } else if (box.equals("sent")) {
            page = messages.sent(viewer, PAGE, cursor, Purposes.READ);
        } else {
            box = "inbox";
            page = messages.inbox(viewer, PAGE, cursor, false, Purposes.READ);
        }
        model.addAttribute("box", searching ? "search" : box);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", page);
        model.addAttribute("unread", messages.unread(viewer));
        model.addAttribute("live", !searching && box.equals("inbox") && cursor == null);
        model.addAttribute("marker", messages.newestInInbox(viewer));
        return "messages/list";
    }

    /** htmx, every 5 seconds on the first page of the inbox: the messages that arrived, and the unread count. */
    @GetMapping("/messages/live")
    String live(@RequestParam(defaultValue = "0") long after, Model model) {
        Viewer viewer = CurrentViewer.get();
        List<MessageSummary> arrived = messages.arrivedAfter(viewer, after, Purposes.READ);
        model.addAttribute("arrived", arrived);
        model.addAttribute(
                "marker", arrived.isEmpty() ? after : arrived.getFirst().seq());
        model.addAttribute("unread", messages.unread(viewer));
        return "messages/fragments :: live";
    }

    @GetMapping("/messages/{id}")
    String show(@PathVariable String id, Model model) {
        Viewer viewer = CurrentViewer.get();
        MessageView message = messages.open(viewer, id, Purposes.READ);
        model.addAttribute("message", message);
        model.addAttribute("thread", messages.thread(viewer, id, Purposes.READ));
        model.addAttribute("own", viewer.bureau().equals(message.from()));
        model.addAttribute("reportTitles", reportTitles(viewer, message));
        return "messages/show";
    }

    @GetMapping("/messages/{id}/attachments/{n}")
    void attachment(@PathVariable String id, @PathVariable String n, HttpServletResponse response) throws IOException {
        int number;
        try {
            number = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new NotFoundException("attachment", id + "/" + n);
        }
        MessagesController.writeAttachment(messages.download(CurrentViewer.get(), id, number, Purposes.READ), response);
    }

    /**
     * The compose form. {@code to}, {@code refType}/{@code refId} (a hit, notice or record the message is about) and
     * {@code inReplyTo} pre-fill it, so other pages can link to it.
     */
    @GetMapping("/messages/new")
    String compose(
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String subject,
            @RequestParam(required = false) @Nullable String refType,
            @RequestParam(required = false) @Nullable String refId,
            @RequestParam(required = false) @Nullable String forward,
            Model model) {
        Form form = new Form(
                to == null ? "" : to,
                subject == null ? "" : subject,
                "",
                "ROUTINE",
                "OFFICIAL",
                refType == null ? "" : refType,
                refId == null ? "" : refId,
                forward == null ? "" : forward);
        return composeView(form, List.of(), model);
    }

    /** The compose form's fields as typed, to show them again with the errors. */
    record Form(
            String to,
            String subject,
            String body,
            String priority,
            String classification,
            String refType,
            String refId,
            String forward) {

        static Form empty() {
            return new Form("", "", "", "ROUTINE", "OFFICIAL", "", "", "");
        }
    }

    static final Set<String> FORM_FIELDS =
            Set.of("to", "subject", "body", "priority", "classification", "refType", "refId", "forward", "_csrf");

    /**
     * Sends the compose form. Sent by htmx (the CSRF token in a header), the body is read as it streams with the
     * module's own limits ({@link MultipartMessage}); a plain form post has already been parsed by the container
     * (whose limits are platform-wide) to find its CSRF token, and the module's limits apply afterwards.
     */
    @PostMapping("/messages")
    String send(
            HttpServletRequest request,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response,
            Model model)
            throws IOException {
        if (htmx != null
                && request.getContentType() != null
                && request.getContentType().startsWith("multipart/")) {
            if (request.getContentLengthLong() > MultipartMessage.MAX_BODY) {
                return composeView(Form.empty(), List.of(new FieldError("attachment", "too large")), model);
            }
            try (MultipartMessage parts =
                    MultipartMessage.read(request.getInputStream(), request.getContentType(), FORM_FIELDS)) {
                return send(parts::field, parts.attachments(), htmx, response, model);
            } catch (AttachmentRejectedException e) {
                return composeView(Form.empty(), e.errors(), model);
            }
        }
        List<Upload> uploads = new ArrayList<>();
        if (request instanceof MultipartHttpServletRequest multipart) {
            multipart.getFiles("attachment").stream()
                    .filter(f -> !f.isEmpty()
                            || (f.getOriginalFilename() != null
                                    && !f.getOriginalFilename().isEmpty()))
                    .forEach(f -> uploads.add(new Upload(f.getOriginalFilename(), f.getSize(), f::getInputStream)));
        }
        return send(request::getParameter, uploads, htmx, response, model);
    }

    private String send(
            Function<String, @Nullable String> fields,
            List<Upload> uploads,
            @Nullable String htmx,
            HttpServletResponse response,
            Model model) {
        Function<String, String> field = name -> {
            String value = fields.apply(name);
            return value == null ? "" : value;
        };
        Form form = new Form(
                field.apply("to"),
                field.apply("subject"),
                field.apply("body"),
                field.apply("priority").isEmpty() ? "ROUTINE" : field.apply("priority"),
                field.apply("classification").isEmpty() ? "OFFICIAL" : field.apply("classification"),
                field.apply("refType"),
                field.apply("refId"),
                field.apply("forward"));
        List<MessageDraft.ReferenceDraft> references =
                form.refType().isBlank() && form.refId().isBlank()
                        ? List.of()
                        : List.of(new MessageDraft.ReferenceDraft(form.refType(), form.refId()));
        MessageDraft draft = new MessageDraft(
                recipients(form.to()),
                form.subject(),
                form.body(),
                form.priority(),
                form.classification(),
                null,
                null,
                references,
                null);
        List<Upload> attached = uploads.stream()
                .filter(u ->
                        u.size() > 0 || (u.fileName() != null && !u.fileName().isEmpty()))
                .toList();
        try {
            Messages.Sent sent = form.forward().isBlank()
                    ? messages.send(CurrentViewer.get(), draft, attached, null, Purposes.SEND)
                    : messages.forward(CurrentViewer.get(), form.forward(), draft, null, Purposes.SEND);
            return redirect("/messages/" + sent.message().id() + "?sent", htmx, response);
        } catch (InvalidInputException e) {
            return composeView(form, e.errors(), model);
        } catch (AttachmentRejectedException e) {
            return composeView(form, e.errors(), model);
        }
    }

    /** Replies to the sender (and, with {@code all}, to the other recipients) in the same thread. */
    @PostMapping("/messages/{id}/reply")
    String reply(
            @PathVariable String id,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            HttpServletResponse response,
            Model model) {
        Viewer viewer = CurrentViewer.get();
        MessageView original = messages.open(viewer, id, Purposes.READ);
        List<String> to = new ArrayList<>();
        if (!original.from().equals(viewer.bureau())) {
            to.add(original.from());
        }
        if (all && !original.toAll()) {
            original.to().stream().filter(b -> !b.equals(viewer.bureau())).forEach(to::add);
        }
        if (to.isEmpty()) {
            to.addAll(original.to());
        }
        String subject = original.subject().startsWith("Re: ") ? original.subject() : "Re: " + original.subject();
        if (subject.length() > 200) {
            subject = subject.substring(0, 200);
        }
        MessageDraft draft = new MessageDraft(
                to,
                subject,
                body,
                original.priority().name(),
                original.access().classification().name(),
                original.access().audience().name(),
                List.copyOf(original.access().countries()),
                original.references().stream()
                        .map(r -> new MessageDraft.ReferenceDraft(r.type(), r.id()))
                        .toList(),
                original.id());
        try {
            Messages.Sent sent = messages.send(viewer, draft, List.of(), null, Purposes.SEND);
            return redirect("/messages/" + sent.message().id() + "?sent", htmx, response);
        } catch (InvalidInputException e) {
            model.addAttribute("message", original);
            model.addAttribute("thread", messages.thread(viewer, id, Purposes.READ));
            model.addAttribute("own", viewer.bureau().equals(original.from()));
            model.addAttribute("reportTitles", reportTitles(viewer, original));
            model.addAttribute("replyErrors", e.errors());
            model.addAttribute("replyBody", body);
            return "messages/show";
        }
    }

    /**
     * The titles of the cyber reports the message refers to, by id: the view holds only those the viewer may see, and a
     * report hidden since is left out here too, so its link is not drawn.
     */
    private Map<String, String> reportTitles(Viewer viewer, MessageView message) {
        Map<String, String> titles = new HashMap<>();
        for (Reference reference : message.references()) {
            if (reference.type().equals(Reference.CYBER_REPORT)) {
                reports.title(viewer, reference.id(), Purposes.READ)
                        .ifPresent(title -> titles.put(reference.id(), title));
            }
        }
        return titles;
    }

    private String composeView(Form form, List<FieldError> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("classifications", Classification.values());
        model.addAttribute("referenceTypes", Reference.TYPES.stream().sorted().toList());
        model.addAttribute("maxAttachments", Messages.MAX_ATTACHMENTS);
        model.addAttribute("maxBytes", Messages.MAX_ATTACHMENT_BYTES);
        return "messages/compose";
    }

    private static List<@Nullable String> recipients(String to) {
        if (to.isBlank()) {
            return List.of();
        }
        return Arrays.stream(to.split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .map(s -> (@Nullable String) s)
                .toList();
    }

    /** htmx follows {@code HX-Redirect}; a plain form post follows the redirect. */
    private static String redirect(String path, @Nullable String htmx, HttpServletResponse response) {
        if (htmx != null) {
            response.setHeader("HX-Redirect", path);
            return "messages/fragments :: empty";
        }
        return "redirect:" + path;
    }
}
