package org.interlink.records;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.interlink.common.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The records module's own refusals as problem+json, naming the field; every other error goes to the platform's. */
@RestControllerAdvice(assignableTypes = {RecordsController.class, ImportsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordProblems {

    @ExceptionHandler(NotIssuerException.class)
    ResponseEntity<ProblemDetail> notIssuer(NotIssuerException e) {
        return problem(
                HttpStatus.FORBIDDEN, "Not the issuing country", new FieldError("issuingCountry", e.getMessage()));
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", new FieldError(e.field(), e.getMessage()));
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, FieldError error) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, error.field() + " " + error.message());
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        problem.setProperties(Map.of("errors", List.of(error)));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
