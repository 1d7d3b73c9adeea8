package org.interlink.bench.eval;

import com.ibm.icu.lang.UScript;

/** The script a name is written in, by ICU's script property of its letters, as an ISO 15924 code for the reports. */
final class Scripts {

    private Scripts() {}

    /**
     * ISO 15924 code of the name's script: {@code Jpan} when any letter is kana (a Japanese name mixes kana and Han),
     * otherwise the script of its first letter that belongs to one; {@code Zyyy} when no letter does.
     */
    static String of(String name) {
        int first = UScript.COMMON;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            int script = UScript.getScript(cp);
            if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
                return "Jpan";
            }
            if (first == UScript.COMMON && script != UScript.INHERITED && script != UScript.COMMON) {
                first = script;
            }
        }
        return UScript.getShortName(first);
    }

    /** Whether every letter of the name is a Latin one. */
    static boolean latinOnly(String name) {
        return name.codePoints().filter(Character::isLetter).allMatch(cp -> UScript.getScript(cp) == UScript.LATIN);
    }

    /** "Hani → Latn": the script pair of a query and an entry. */
    static String pair(String query, String entry) {
        return of(query) + " → " + of(entry);
    }
}
