package org.interlink.common;

/**
 * One rejected field of a request, as answered in a problem's {@code errors} list.
 *
 * @param field the JSON path of the field, e.g. {@code "names[0].value"}
 * @param message what is wrong with it, in words an officer understands
 */
public record FieldError(String field, String message) {}
