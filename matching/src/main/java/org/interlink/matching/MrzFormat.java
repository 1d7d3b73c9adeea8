package org.interlink.matching;

/** The ICAO 9303 machine-readable zone formats, by line count and length. */
public enum MrzFormat {
    /** ID cards, 3 lines of 30. */
    TD1(3, 30),
    /** ID cards and older documents, 2 lines of 36. */
    TD2(2, 36),
    /** Passports, 2 lines of 44. */
    TD3(2, 44),
    /** Visas of passport size, 2 lines of 44, document code V. */
    MRV_A(2, 44),
    /** Visas of TD2 size, 2 lines of 36, document code V. */
    MRV_B(2, 36);

    private final int lines;
    private final int length;

    MrzFormat(int lines, int length) {
        this.lines = lines;
        this.length = length;
    }

    /** Number of lines. */
    public int lines() {
        return lines;
    }

    /** Characters per line. */
    public int length() {
        return length;
    }
}
