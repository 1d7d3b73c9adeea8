package org.interlink.cyber;

import java.util.Locale;
import java.util.Map;
import org.interlink.audit.AuditJournal;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every error under {@code /taxii2} in one body that reads both as a TAXII 2.1 error message ({@code title}, {@code
 * description}, {@code http_status} as a string, as the specification types it, and for bad input {@code details}
 * naming each field) and as the rest of the API's problem+json ({@code type}, {@code title}, {@code status}, {@code
 * detail}, {@code errors: [{"field", "message"}]}): TAXII clients parse the first, everyone else the second. It is
 * sent as {@code application/taxii+json;version=2.1} to a client that accepts TAXII or STIX, else as {@code
 * application/problem+json}. The content is the same as the rest of the API's (the same titles, the same field
 * names, the same 404 for hidden and missing). Refusals made before a controller (no or a bad token) are written the
 * same way by the security chain.
 */
@RestControllerAdvice(assignableTypes = TaxiiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TaxiiErrors {

    private static final String PROBLEM = "application/problem+json";
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
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", description);
        body.put("description", description);
        body.put("http_status", String.valueOf(status));
        if (!details.isEmpty()) {
            ObjectNode fields = body.putObject("details");
            details.forEach(fields::put);
            ArrayNode errors = body.putArray("errors");
            details.forEach(
                    (field, message) -> errors.addObject().put("field", field).put("message", message));
        }
        return ResponseEntity.status(status)
                .header("Content-Type", mediaType(accept()))
                .body(BundleReader.JSON.writeValueAsString(body));
    }

    /** TAXII's media type for a client that accepts TAXII or STIX (every TAXII client), else problem+json. */
    static String mediaType(@Nullable String accept) {
        if (accept == null) {
            return TaxiiMedia.TAXII;
        }
        String asked = accept.toLowerCase(Locale.ROOT);
        return asked.contains("taxii+json") || asked.contains("stix+json") ? TaxiiMedia.TAXII : PROBLEM;
    }

    private static @Nullable String accept() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getHeader("Accept")
                : null;
    }
}
