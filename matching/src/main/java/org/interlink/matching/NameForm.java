package org.interlink.matching;

import com.ibm.icu.lang.UScript;

/**
 * The compact internal form of a normalised name, as stored in the index and compared: tokens and phonetic keys in
 * arrays, and how reliable its romanisation is.
 */
record NameForm(
        String display,
        String[] tokens,
        String[] keys,
        byte romanisation,
        String script,
        String joined,
        String joinedKey,
        boolean oneWord) {

    /** Written in Latin letters: the spelling is reliable evidence. */
    static final byte LATIN = 0;

    /** Romanised from an alphabet that writes vowels (Cyrillic, Greek, Armenian, Georgian): mostly reliable. */
    static final byte ALPHABET = 1;

    /** Romanised from a script that loses sounds (abjads, CJK, Korean, Indic, Thai): the skeleton matters most. */
    static final byte LOSSY = 2;

    static NameForm of(String name) {
        String latin = Transliteration.toLatin(name);
        int script = Transliteration.isAscii(name) ? UScript.LATIN : firstNonLatinScript(name);
        boolean abjad = script == UScript.ARABIC || script == UScript.HEBREW || script == UScript.SYRIAC;
        boolean pinyin = script == UScript.HAN;
        String[] tokens = NameTokens.tokenise(latin, abjad).toArray(String[]::new);
        String[] keys = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            keys[i] = PhoneticKey.skeleton(tokens[i], abjad, pinyin);
        }
        byte romanisation = switch (script) {
            case UScript.LATIN -> LATIN;
            case UScript.CYRILLIC, UScript.GREEK, UScript.ARMENIAN, UScript.GEORGIAN -> ALPHABET;
            default -> LOSSY;
        };
        // The tokens written together, precomputed for the merged-token comparison of every candidate.
        String joined = tokens.length == 1 ? tokens[0] : String.join("", tokens);
        String joinedKey = keys.length == 1 ? keys[0] : PhoneticKey.join(keys);
        return new NameForm(
                name, tokens, keys, romanisation, UScript.getName(script).intern(), joined, joinedKey, oneWord(name));
    }

    /**
     * Written as one word in its own script (no space or name separator, such as 习近平 or 김정은), whatever
     * romanisation made of it. Precomputed, as {@code joined}: the comparison asks it of every candidate.
     */
    private static boolean oneWord(String name) {
        String s = name.strip();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '・' || c == '·' || c == ',') {
                return false;
            }
        }
        return true;
    }

    NormalisedName toPublic() {
        return new NormalisedName(display, java.util.List.of(tokens), java.util.List.of(keys), script);
    }

    private static int firstNonLatinScript(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int script = UScript.getScript(cp);
            if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
                return script == UScript.HIRAGANA ? UScript.KATAKANA : script;
            }
            i += Character.charCount(cp);
        }
        return UScript.LATIN;
    }
}
