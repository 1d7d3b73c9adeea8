package org.interlink.matching;

/** ICAO 9303 part 3 check digits: weights 7, 3, 1 repeating; digits count as themselves, A-Z as 10-35, '<' as 0. */
final class CheckDigits {

    private CheckDigits() {}

    /** Example: {@code compute("L898902C3")} is {@code '6'}. Characters outside 0-9, A-Z, '<' count as 0. */
    static char compute(CharSequence s) {
        int sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += value(s.charAt(i))
                    * switch (i % 3) {
                        case 0 -> 7;
                        case 1 -> 3;
                        default -> 1;
                    };
        }
        return (char) ('0' + sum % 10);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }
}
