package org.interlink.matching;

/** The characters OCR engines and cameras confuse in machine-read text: O/Q/D and 0, I/L and 1, Z/2, S/5, G/6, B/8. */
final class OcrConfusions {

    private OcrConfusions() {}

    /** The digit a confusable letter stands for where only digits are allowed; other characters unchanged. */
    static char toDigit(char c) {
        return switch (c) {
            case 'O', 'Q', 'D' -> '0';
            case 'I', 'L' -> '1';
            case 'Z' -> '2';
            case 'S' -> '5';
            case 'G' -> '6';
            case 'B' -> '8';
            default -> c;
        };
    }

    /** The letter a confusable digit stands for where only letters are allowed; other characters unchanged. */
    static char toLetter(char c) {
        return switch (c) {
            case '0' -> 'O';
            case '1' -> 'I';
            case '2' -> 'Z';
            case '5' -> 'S';
            case '6' -> 'G';
            case '8' -> 'B';
            default -> c;
        };
    }
}
