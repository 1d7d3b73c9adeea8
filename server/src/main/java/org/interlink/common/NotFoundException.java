package org.interlink.common;

/**
 * An item that does not exist, or that the caller may not see: both answer the same 404, so a denied item cannot be
 * told apart from a missing one.
 */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super(kind + " not found: " + id);
    }
}
