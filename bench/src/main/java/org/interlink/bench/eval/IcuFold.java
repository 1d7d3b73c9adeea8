package org.interlink.bench.eval;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/** The folding a team would apply without Interlink: ICU {@code Any-Latin; Latin-ASCII}, lower case, letters only. */
final class IcuFold {

    private final Transliterator icu = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    String fold(String name) {
        String latin = icu.transliterate(name).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
