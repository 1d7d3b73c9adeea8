package org.interlink.records;

/** A body or a photo over its limit: answered 413 problem+json naming the field, before anything is written. */
class PayloadTooLargeException extends RuntimeException {

    private final String field;

    PayloadTooLargeException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
