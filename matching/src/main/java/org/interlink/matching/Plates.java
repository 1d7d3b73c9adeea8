package org.interlink.matching;

import java.text.Normalizer;

/**
 * Normalises vehicle registration plates for exact lookup across the ways they are typed and read.
 *
 * <p>Example: {@code Plates.normalise("ab-123 cd")} is {@code "AB123CD"}; {@code Plates.normalise("А123ВС 77")}
 * (Cyrillic letters, as on Russian plates) is {@code "A123BC77"}.
 */
public final class Plates {

    private Plates() {}

    /**
     * Unicode NFKC, upper case, Cyrillic and Greek letters that plates use as Latin look-alikes mapped to Latin,
     * diacritics removed, and only {@code A-Z0-9} kept.
     *
     * @throws IllegalArgumentException if nothing is left
     */
    public static String normalise(String plate) {
        String s = Normalizer.normalize(plate, Normalizer.Form.NFKD).toUpperCase(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = lookalike(s.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no letters or digits in plate: " + plate);
        }
        return out.toString();
    }

    /**
     * A coarser key for matching plates read by cameras or witnesses, where O/0/Q/D, I/1/L, B/8, S/5, Z/2 and G/6 are
     * confused: each group maps to one character. Use beside, never instead of, {@link #normalise}.
     *
     * <p>Example: {@code confusableKey("B0 5IL")} equals {@code confusableKey("80S1L")}.
     */
    public static String confusableKey(String plate) {
        String n = normalise(plate);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            out.append(OcrConfusions.toDigit(n.charAt(i)));
        }
        return out.toString();
    }

    private static char lookalike(char c) {
        return switch (c) {
            case 'А', 'Α' -> 'A';
            case 'В', 'Β' -> 'B';
            case 'Е', 'Ε' -> 'E';
            case 'К', 'Κ' -> 'K';
            case 'М', 'Μ' -> 'M';
            case 'Н', 'Η' -> 'H';
            case 'О', 'Ο' -> 'O';
            case 'Р', 'Ρ' -> 'P';
            case 'С' -> 'C';
            case 'Т', 'Τ' -> 'T';
            case 'У', 'Υ' -> 'Y';
            case 'Х', 'Χ' -> 'X';
            case 'І', 'Ι' -> 'I';
            case 'Ζ' -> 'Z';
            case 'Ν' -> 'N';
            default -> c;
        };
    }
}
