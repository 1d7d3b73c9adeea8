package org.interlink.matching;

import java.text.Normalizer;

/**
 * Normalises travel-document numbers for exact lookup: the way a number is typed (spaces, hyphens, lower case,
 * full-width digits, MRZ fillers) must not decide whether a stolen passport is found.
 */
public final class DocumentNumbers {

    private DocumentNumbers() {}

    /**
     * Unicode NFKC, upper case, and only {@code A-Z0-9} kept. Letters are not changed into digits: O and 0 are
     * different characters in a document number, and guessing would merge distinct documents.
     *
     * <p>Example: {@code normalise(" l898-902 c<3 ")} is {@code "L898902C3"}.
     *
     * @throws IllegalArgumentException if nothing is left
     */
    public static String normalise(String number) {
        String nfkc = Normalizer.normalize(number, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append((char) (c - 32));
            } else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no letters or digits in document number: " + number);
        }
        return out.toString();
    }

    /**
     * Normalises an issuing-state code: ICAO 9303 three-letter codes (upper case; {@code D} for Germany padded with
     * fillers on documents, accepted with or without them).
     *
     * @throws IllegalArgumentException unless 1 to 3 letters remain
     */
    public static String normaliseIssuingState(String code) {
        String s = code.strip().replace("<", "").toUpperCase(java.util.Locale.ROOT);
        boolean letters = !s.isEmpty() && s.length() <= 3;
        for (int i = 0; i < s.length() && letters; i++) {
            letters = s.charAt(i) >= 'A' && s.charAt(i) <= 'Z';
        }
        if (!letters) {
            throw new IllegalArgumentException("not an ICAO issuing-state code: " + code);
        }
        return s;
    }
}
