package org.interlink.messaging;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Stored attachment content that fails its integrity check (a segment fails authentication, the file is missing, cut
 * short or extended, or the plaintext does not match its SHA-256): none of it is sent. Answered 500 as
 * {@code application/problem+json} saying so, not as an unexpected failure; the download is audited {@code FAILED}.
 */
public class AttachmentDamagedException extends ErrorResponseException {

    AttachmentDamagedException(String attachment) {
        super(HttpStatus.INTERNAL_SERVER_ERROR, problem(attachment), null);
    }

    private static ProblemDetail problem(String attachment) {
        return Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Attachment failed its integrity check",
                "The stored content of attachment " + attachment + " does not match its checksum, so none of it was"
                        + " sent. The failure is recorded; ask the sender to send the file again.");
    }
}
