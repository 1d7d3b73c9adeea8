package org.interlink.matching;

/**
 * A machine-readable zone that cannot be read, or (for {@link Mrz#parse}) whose check digits do not hold. {@link
 * #field()} names what failed, for example {@code "line 2 length"}, {@code "dateOfBirth"} or {@code "documentNumber
 * check digit"}.
 */
public final class MrzException extends Exception {

    private final String field;

    public MrzException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    /** The failing field or structure, e.g. {@code "composite check digit"}. */
    public String field() {
        return field;
    }
}
