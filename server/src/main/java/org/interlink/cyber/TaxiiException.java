package org.interlink.cyber;

import java.util.Map;

/**
 * A refusal under {@code /taxii2}, answered as a TAXII 2.1 error message ({@link TaxiiErrors}).
 *
 * @param details the fields at fault and why, for a 400 (empty otherwise)
 */
final class TaxiiException extends RuntimeException {

    private final int status;
    private final String title;
    private final Map<String, String> details;

    TaxiiException(int status, String title, String description, Map<String, String> details) {
        super(description);
        this.status = status;
        this.title = title;
        this.details = Map.copyOf(details);
    }

    TaxiiException(int status, String title, String description) {
        this(status, title, description, Map.of());
    }

    /** A bad parameter or body, naming the field. */
    static TaxiiException invalid(String field, String message) {
        return new TaxiiException(400, "Invalid input", field + " " + message, Map.of(field, message));
    }

    /** Missing, or hidden from the caller: the same answer for both, whatever the resource. */
    static TaxiiException notFound() {
        return new TaxiiException(404, "Not found", "No such resource, or you may not see it");
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    Map<String, String> details() {
        return details;
    }
}
