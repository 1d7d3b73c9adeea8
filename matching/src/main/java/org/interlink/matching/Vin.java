package org.interlink.matching;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle identification number checked against ISO 3779 and decoded.
 *
 * <p>Example: {@code Vin.validate("1M8GDM9AXKP042788")} is valid, with check digit X holding, region North America,
 * country United States.
 *
 * @param value the VIN as normalised: upper case, spaces and hyphens removed
 * @param structureValid 17 characters of {@code A-Z0-9} without I, O, Q (ISO 3779)
 * @param problem why the structure is invalid, or null
 * @param checkDigitRequired whether the North American check digit (position 9) is mandatory: WMIs starting 1-5
 * @param checkDigitValid whether position 9 equals the computed check digit (49 CFR 565); meaningful in other
 *     regions only where manufacturers chose to use it
 * @param wmi the world manufacturer identifier (positions 1-3)
 * @param region continent from position 1, e.g. {@code Europe}
 * @param country country from positions 1-2 where the range is known, else null
 * @param manufacturer manufacturer for common WMIs, else null
 * @param modelYear position 10, the model year code (a year-cycle letter or digit)
 */
public record Vin(
        String value,
        boolean structureValid,
        @Nullable String problem,
        boolean checkDigitRequired,
        boolean checkDigitValid,
        String wmi,
        String region,
        @Nullable String country,
        @Nullable String manufacturer,
        char modelYear) {

    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    /**
     * Checks and decodes a VIN. Never throws for content: a malformed VIN is reported through {@link #structureValid()}
     * and {@link #problem()}.
     */
    public static Vin validate(String vin) {
        String v = vin.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        String problem = null;
        if (v.length() != 17) {
            problem = "length " + v.length() + ", expected 17";
        } else {
            for (int i = 0; i < 17; i++) {
                char c = v.charAt(i);
                if (c == 'I' || c == 'O' || c == 'Q') {
                    problem = "position " + (i + 1) + ": " + c + " is not allowed (ISO 3779)";
                    break;
                }
                if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                    problem = "position " + (i + 1) + ": '" + c + "' is not A-Z or 0-9";
                    break;
                }
            }
        }
        boolean structure = problem == null;
        String wmi = v.length() >= 3 ? v.substring(0, 3) : v;
        char first = v.isEmpty() ? '?' : v.charAt(0);
        boolean required = first >= '1' && first <= '5';
        boolean checkValid = structure && v.charAt(8) == checkDigit(v);
        return new Vin(
                v,
                structure,
                problem,
                required,
                checkValid,
                wmi,
                WorldManufacturers.region(first),
                v.length() >= 2 ? WorldManufacturers.country(v.charAt(0), v.charAt(1)) : null,
                wmi.length() == 3 ? WorldManufacturers.manufacturer(wmi) : null,
                v.length() >= 10 ? v.charAt(9) : '?');
    }

    /** Whether the VIN is well formed and, where the check digit is mandatory, it holds. */
    public boolean valid() {
        return structureValid && (!checkDigitRequired || checkDigitValid);
    }

    /** The check digit (0-9 or X) of a 17-character VIN over the transliteration of ISO 3779 / 49 CFR 565. */
    static char checkDigit(String v) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(v.charAt(i)) * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> 0;
        };
    }
}
