package org.interlink.common;

/** A request that conflicts with the current state (e.g. a stale {@code If-Match}): answered 409 or 412. */
public class ConflictException extends RuntimeException {

    private final int status;

    public ConflictException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
