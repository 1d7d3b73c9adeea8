package org.interlink.cyber;

import java.util.Map;
import org.interlink.audit.AuditJournal;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every error under {@code /taxii2} as a TAXII 2.1 error message, {@code application/taxii+json;version=2.1}: {@code
 * title}, {@code description}, {@code http_status} (a string, as the specification types it) and, for bad input,
 * {@code details} naming each field. TAXII clients parse this shape, not problem+json; the content is the same as
 * the rest of the API's (the same titles, the same field names, the same 404 for hidden and missing). Refusals made
 * before a controller (no or a bad token) are written in the same shape by the security chain.
 */
@RestControllerAdvice(assignableTypes = TaxiiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxiiErrors {

    private static final Logger log = LoggerFactory.getLogger(TaxiiErrors.class);

    @ExceptionHandler(TaxiiException.class)
    ResponseEntity<String> taxii(TaxiiException e) {
        return error(e.status(), e.title(), e.getMessage(), e.details());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        Map<String, String> details = new java.util.LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            details.merge(error.field(), error.message(), (a, b) -> a + "; " + b);
        }
        return error(400, "Invalid input", e.getMessage(), details);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return taxii(TaxiiException.notFound());
    }

    @ExceptionHandler(CyberController.TooLarge.class)
    ResponseEntity<String> tooLarge(CyberController.TooLarge e) {
        String detail = String.valueOf(e.getBody().getDetail());
        return error(413, "Content too large", detail, Map.of("body", detail.substring("body ".length())));
    }

    @ExceptionHandler(AuditJournal.Unavailable.class)
    ResponseEntity<String> unrecorded(AuditJournal.Unavailable e) {
        ResponseEntity<String> answer = error(
                503,
                "Service Unavailable",
                "The request could not be recorded in the audit log, so it was not answered; retry.",
                Map.of());
        return ResponseEntity.status(503)
                .header("Retry-After", "1")
                .headers(answer.getHeaders())
                .body(answer.getBody());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<String> unexpected(Exception e) {
        log.error("Unexpected TAXII failure", e);
        return error(
                500,
                "Internal Server Error",
                "The request failed; nothing was changed. The failure is logged.",
                Map.of());
    }

    static ResponseEntity<String> error(int status, String title, String description, Map<String, String> details) {
        ObjectNode body = BundleReader.JSON.createObjectNode();
        body.put("title", title);
        body.put("description", description);
        body.put("http_status", String.valueOf(status));
        if (!details.isEmpty()) {
            ObjectNode fields = body.putObject("details");
            details.forEach(fields::put);
        }
        return ResponseEntity.status(status)
                .header("Content-Type", TaxiiMedia.TAXII)
                .body(BundleReader.JSON.writeValueAsString(body));
    }
}
