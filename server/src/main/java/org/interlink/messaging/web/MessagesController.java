package org.interlink.messaging.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.CursorPage;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.messaging.AttachmentRejectedException;
import org.interlink.messaging.DownloadHeaders;
import org.interlink.messaging.Messages;
import org.interlink.messaging.MultipartMessage;
import org.interlink.messaging.UploadGate;
import org.interlink.messaging.web.MessageBodies.MessageBody;
import org.interlink.messaging.web.MessageBodies.SendRequest;
import org.interlink.messaging.web.MessageBodies.SummaryBody;
import org.interlink.messaging.web.MessageBodies.Unread;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@Tag(name = "Messages", description = "Secure messages between bureaus")
@RestController
@RequestMapping("/api/v1/messages")
class MessagesController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Messages messages;
    private final JsonMapper json;
    private final UploadGate uploads;

    MessagesController(Messages messages, JsonMapper json, UploadGate uploads) {
        this.messages = messages;
        this.json = json;
        this.uploads = uploads;
    }

    @Operation(
            summary = "Send a message (JSON)",
            description = "\"to\": bureau codes (ISO alpha-2 member codes or GS), or [\"ALL\"] for every bureau."
                    + " With an Idempotency-Key, a retry answers the first message (201, same id) and never sends"
                    + " twice; the same key with a different message answers 422.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MessageBody> send(
            @RequestBody SendRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            @RequestHeader(name = Purposes.HEADER, required = false) @Nullable String purpose) {
        return created(messages.send(
                CurrentViewer.get(), request.draft(), List.of(), key, Purposes.of(purpose, Purposes.SEND)));
    }

    @Operation(
            summary = "Send a message with attachments (multipart)",
            description = "multipart/form-data: a \"message\" part holding the JSON message and up to 10"
                    + " \"attachment\" parts of at most 25 MB each (413 beyond, before the body is buffered). The"
                    + " type is detected from the bytes: PDF, PNG, JPEG, GIF, UTF-8 text, DOCX, XLSX, ODT, ODS, DOC,"
                    + " XLS (415 otherwise). File names are sanitised.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content =
                    @io.swagger.v3.oas.annotations.media.Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                            schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = MultipartForm.class)))
    ResponseEntity<MessageBody> sendWithAttachments(
            HttpServletRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            @RequestHeader(name = Purposes.HEADER, required = false) @Nullable String purpose)
            throws IOException {
        String why = Purposes.of(purpose, Purposes.SEND);
        // Refused on its declared length before a byte of the body is read (and before 100 Continue is sent).
        if (request.getContentLengthLong() > MultipartMessage.MAX_BODY) {
            throw tooLarge(request.getContentLengthLong());
        }
        try (UploadGate.Permit permit = uploads.enter();
                MultipartMessage parts =
                        MultipartMessage.read(request.getInputStream(), request.getContentType(), Set.of("message"))) {
            String json = parts.field("message");
            if (json == null || json.isBlank()) {
                throw new InvalidInputException("message", "is required: a part holding the message as JSON");
            }
            return created(messages.send(CurrentViewer.get(), parse(json).draft(), parts.attachments(), key, why));
        }
    }

    /** The multipart body, for the OpenAPI description. */
    record MultipartForm(
            @io.swagger.v3.oas.annotations.media.Schema(description = "the message, as the JSON body above")
            SendRequest message,

            @io.swagger.v3.oas.annotations.media.Schema(
                    description = "up to 10 files of at most 25 MB",
                    type = "array",
                    format = "binary")
            List<String> attachment) {}

    private static AttachmentRejectedException tooLarge(long length) {
        return AttachmentRejectedException.tooLarge(List.of(new FieldError(
                "body",
                "declares " + length + " bytes; a message takes at most " + Messages.MAX_ATTACHMENTS
                        + " attachments of 25 MB")));
    }

    @Operation(
            summary = "Forward a message",
            description = "A new message owned by the forwarder's bureau: \"body\" is the forwarder's comment, the"
                    + " original follows with its attachments. The classification cannot be lower than the"
                    + " original's.")
    @PostMapping(path = "/{id}/forward", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<MessageBody> forward(
            @PathVariable String id,
            @RequestBody SendRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String key,
            @RequestHeader(name = Purposes.HEADER, required = false) @Nullable String purpose) {
        return created(
                messages.forward(CurrentViewer.get(), id, request.draft(), key, Purposes.of(purpose, Purposes.SEND)));
    }

    @Operation(
            summary = "List the inbox or the sent messages, or search",
            description = "box=inbox (default) or sent; q searches subject and body of every message you may see"
                    + " (web search syntax); unread=true keeps the inbox's unopened messages. Newest first.")
    @GetMapping
    CursorPage<SummaryBody> list(
            @RequestParam(defaultValue = "inbox") String box,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestHeader(name = Purposes.HEADER, required = false) @Nullable String purpose) {
        Viewer viewer = CurrentViewer.get();
        String why = Purposes.of(purpose, Purposes.READ);
        CursorPage<org.interlink.messaging.MessageSummary> page;
        if (q != null) {
            page = messages.search(viewer, q, limit, cursor, why);
        } else if (box.equals("inbox")) {
            page = messages.inbox(viewer, limit, cursor, unread, why);
        } else if (box.equals("sent")) {
            page = messages.sent(viewer, limit, cursor, why);
        } else {
            throw new InvalidInputException("box", "must be inbox or sent");
        }
        return new CursorPage<>(page.items().stream().map(SummaryBody::of).toList(), page.nextCursor());
    }

    @Operation(summary = "How many messages your bureau has not opened (counted up to 1000)")
    @GetMapping("/unread")
    Unread unread() {
        long count = messages.unread(CurrentViewer.get());
        return new Unread(count, count >= 1000);
    }

    @Operation(summary = "Read a message (the first read by a recipient bureau is its read receipt)")
    @GetMapping("/{id}")
    MessageBody get(
            @PathVariable String id,
            @RequestHeader(name = Purposes.HEADER, required = false) @Nullable String purpose) {
        return MessageBody.of(messages.open(CurrentViewer.get(), id, Purposes.of(purpose, Purposes.READ)));
    }

    @Operation(summary = "The thread of a message: the messages of it you may see, oldest first")
    @GetMapping("/{id}/thread")
    Map<String, List<SummaryBody>> thread(
            @PathVariable String id,
            @RequestHeader(name = Purposes.HEADER, required = false) @Nullable String purpose) {
        return Map.of(
                "items",
                messages.thread(CurrentViewer.get(), id, Purposes.of(purpose, Purposes.READ)).stream()
                        .map(SummaryBody::of)
                        .toList());
    }

    @Operation(
            summary = "Download an attachment (n from 1)",
            description = "The checksum is verified before anything is sent; Repr-Digest carries it.")
    @GetMapping("/{id}/attachments/{n}")
    void attachment(
            @PathVariable String id,
            @PathVariable @Parameter(description = "the attachment's number, from 1") String n,
            @RequestHeader(name = Purposes.HEADER, required = false) @Nullable String purpose,
            HttpServletResponse response)
            throws IOException {
        int number;
        try {
            number = Integer.parseInt(n);
        } catch (NumberFormatException e) {
            throw new NotFoundException("attachment", id + "/" + n);
        }
        Messages.Download download =
                messages.download(CurrentViewer.get(), id, number, Purposes.of(purpose, Purposes.READ));
        writeAttachment(download, response);
    }

    /** The download headers: the detected type, never sniffed or rendered inline, never cached. */
    static void writeAttachment(Messages.Download download, HttpServletResponse response) throws IOException {
        DownloadHeaders.set(
                response,
                download.info().contentType(),
                download.info().size(),
                download.name(),
                download.info().sha256());
        OutputStream out = response.getOutputStream();
        download.content().writeTo(out);
        out.flush();
    }

    private SendRequest parse(String text) {
        try {
            return json.readValue(text, SendRequest.class);
        } catch (JacksonException e) {
            StringBuilder path = new StringBuilder("message");
            for (JacksonException.Reference reference : e.getPath()) {
                if (reference.getPropertyName() != null) {
                    path.append('.').append(reference.getPropertyName());
                } else if (reference.getIndex() >= 0) {
                    path.append('[').append(reference.getIndex()).append(']');
                }
            }
            throw new InvalidInputException(
                    path.toString(), e.getPath().isEmpty() ? "is not valid JSON" : "has the wrong type or format");
        }
    }

    private static ResponseEntity<MessageBody> created(Messages.Sent sent) {
        ResponseEntity.BodyBuilder response = ResponseEntity.created(
                URI.create("/api/v1/messages/" + sent.message().id()));
        if (sent.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(MessageBody.of(sent.message()));
    }
}
