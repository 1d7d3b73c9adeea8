package org.interlink.content.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.content.ContentBanks;
import org.interlink.messaging.AttachmentRejectedException;
import org.interlink.messaging.Messages;
import org.interlink.messaging.MultipartMessage;
import org.interlink.messaging.Upload;
import org.interlink.messaging.UploadGate;
import org.springframework.stereotype.Component;

/**
 * Reads one uploaded file with the limits of a message attachment (25 MB): a body declaring more is refused (413)
 * before a byte is read, and a part is cut off as soon as it passes the limit, as messaging's own parser does.
 */
@Component
class Uploads {

    /** One file and the text fields. */
    static final long MAX_BODY = Messages.MAX_ATTACHMENT_BYTES + 1024 * 1024;

    private final UploadGate gate;

    Uploads(UploadGate gate) {
        this.gate = gate;
    }

    /** What to do with the file and the text parts, while the body's spool is still open. */
    interface Use<T> {
        T with(ContentBanks.UploadedFile file, MultipartMessage parts);
    }

    /** Reads the one file in part {@code fileField} and the text parts named in {@code fields}. */
    <T> T read(HttpServletRequest request, Set<String> fields, String fileField, Use<T> use) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            throw AttachmentRejectedException.tooLarge(List.of(new FieldError(
                    fileField,
                    "the body declares " + request.getContentLengthLong() + " bytes; a file may have 25 MB")));
        }
        try (UploadGate.Permit permit = gate.enter();
                MultipartMessage parts =
                        MultipartMessage.read(request.getInputStream(), request.getContentType(), fields, fileField)) {
            if (parts.attachments().size() != 1) {
                throw new InvalidInputException(fileField, "send exactly one file in a part named " + fileField);
            }
            Upload upload = parts.attachments().getFirst();
            byte[] bytes;
            try (InputStream in = upload.content().open()) {
                bytes = in.readAllBytes();
            }
            return use.with(new ContentBanks.UploadedFile(bytes, null, upload.fileName()), parts);
        }
    }
}
