package org.interlink.matching;

/** Sex as travel documents record it (ICAO 9303: M, F, X). */
public enum Sex {
    FEMALE,
    MALE,
    /** ICAO "X": unspecified. Never counts for or against a match. */
    UNSPECIFIED;

    /** Parses the ICAO letter {@code M}, {@code F} or {@code X} (case-insensitive). */
    public static Sex fromIcao(char letter) {
        return switch (Character.toUpperCase(letter)) {
            case 'M' -> MALE;
            case 'F' -> FEMALE;
            case 'X', '<' -> UNSPECIFIED;
            default -> throw new IllegalArgumentException("not an ICAO sex code: " + letter);
        };
    }
}
