package org.interlink.messaging;

import java.util.List;
import org.interlink.common.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Attachments refused before anything is stored: too many or too large (413 Content Too Large), or of a type outside
 * the allow-list (415 Unsupported Media Type). Answered as {@code application/problem+json} naming each attachment
 * ({@code attachment[0]}, ...).
 */
public class AttachmentRejectedException extends ErrorResponseException {

    private final List<FieldError> errors;

    AttachmentRejectedException(HttpStatus status, String title, List<FieldError> errors) {
        super(status, problem(status, title, errors), null);
        this.errors = List.copyOf(errors);
    }

    /** 413: too many attachments, one too large, or a body declared larger than a message can be. */
    public static AttachmentRejectedException tooLarge(List<FieldError> errors) {
        return new AttachmentRejectedException(HttpStatus.CONTENT_TOO_LARGE, "Attachments too large", errors);
    }

    static AttachmentRejectedException unsupported(List<FieldError> errors) {
        return new AttachmentRejectedException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Attachment type not allowed", errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    @Override
    public String getMessage() {
        return errors.isEmpty()
                ? "attachments rejected"
                : errors.getFirst().field() + " " + errors.getFirst().message();
    }

    private static ProblemDetail problem(HttpStatus status, String title, List<FieldError> errors) {
        ProblemDetail problem = Problems.of(
                status,
                title,
                errors.isEmpty()
                        ? title
                        : errors.getFirst().field() + " " + errors.getFirst().message()
                                + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        problem.setProperty("errors", errors);
        return problem;
    }
}
