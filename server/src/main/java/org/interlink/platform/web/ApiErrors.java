package org.interlink.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.interlink.audit.AuditJournal;
import org.interlink.common.ConflictException;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.common.NulCharacters;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every API error as RFC 9457 {@code application/problem+json}: a clear title, the status, a detail, and for bad input
 * {@code errors: [{"field": ..., "message": ...}]}. Never a stack trace; an unexpected failure is logged here and
 * answered as a bare 500.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(e.errors()), e.errors());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No such item, or you may not see it", null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        return problem(status, status.getReasonPhrase(), e.getMessage(), null);
    }

    /** The operation's audit row could not be made durable, so the operation was not answered: retry. */
    @ExceptionHandler(AuditJournal.Unavailable.class)
    ResponseEntity<ProblemDetail> unrecorded(AuditJournal.Unavailable e) {
        ResponseEntity<ProblemDetail> problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Service Unavailable",
                "The request could not be recorded in the audit log, so it was not answered; retry.",
                null);
        return ResponseEntity.status(problem.getStatusCode())
                .header("Retry-After", "1")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.getBody());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        List<FieldError> errors = List.of(new FieldError(e.getName(), "has the wrong type or format"));
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors), errors);
    }

    /** A form-encoded body Tomcat cannot decode (the query string was checked before: {@link QueryStrings}). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        List<FieldError> errors =
                List.of(new FieldError("body", "is not valid form encoding (bad % escape or not UTF-8)"));
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors), errors);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Internal Server Error",
                "The request failed; nothing was changed. The failure is logged.",
                null);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "is not valid JSON";
        if (ex.getCause() instanceof JacksonException jackson
                && !jackson.getPath().isEmpty()) {
            field = path(jackson.getPath());
            message = NulCharacters.isRefusal(jackson) ? NulCharacters.MESSAGE : "has the wrong type or format";
        }
        List<FieldError> errors = List.of(new FieldError(field, message));
        return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors), errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(
                        e.getField(), e.getDefaultMessage() == null ? "is invalid" : e.getDefaultMessage()))
                .toList();
        return asObject(problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors), errors));
    }

    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describe(List<FieldError> errors) {
        return errors.isEmpty()
                ? "The request is invalid"
                : errors.getFirst().field() + " " + errors.getFirst().message()
                        + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "");
    }

    static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, String detail, @Nullable List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (errors != null) {
            problem.setProperties(Map.of("errors", errors));
        }
        return ResponseEntity.status(status)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return (ResponseEntity) response;
    }
}
