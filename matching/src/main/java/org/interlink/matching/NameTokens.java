package org.interlink.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits a romanised name into comparable tokens: case-folded, punctuation-free, without titles and particles. */
final class NameTokens {

    /** Honorifics, titles and generational suffixes in the languages seen on watch lists; never part of identity. */
    static final Set<String> TITLES = Set.of(
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "dr",
            "doctor",
            "prof",
            "professor",
            "sir",
            "dame",
            "lord",
            "lady",
            "sheikh",
            "shaikh",
            "sheik",
            "shaykh",
            "haji",
            "hajji",
            "hadji",
            "imam",
            "mullah",
            "mulla",
            "ayatollah",
            "president",
            "presidente",
            "prasident",
            "predsjednik",
            "presedintele",
            "presiden",
            "prezident",
            "elnok",
            "general",
            "gen",
            "colonel",
            "col",
            "captain",
            "capt",
            "major",
            "maj",
            "lieutenant",
            "lt",
            "sgt",
            "rev",
            "reverend",
            "jr",
            "junior",
            "sr",
            "snr",
            "senior",
            "ii",
            "iii",
            "iv",
            "esq",
            "phd",
            "md",
            "mme",
            "mlle",
            "herr",
            "frau",
            "senor",
            "senora",
            "gospodin",
            "gospozha");

    /**
     * Particles that spellings add, drop or glue on at will ("al-Assad", "Assad", "bin Laden", "van der Berg"). They
     * are dropped when the name keeps another token, so their presence never decides a match.
     */
    static final Set<String> PARTICLES = Set.of(
            "al", "el", "ul", "ad", "ar", "as", "at", "az", "ash", "an", "ud", "ur", "us", "ush", "uz", "bin", "ibn",
            "ben", "bint", "binti", "bn", "ould", "walad", "wuld", "van", "von", "der", "den", "de", "da", "dos", "das",
            "do", "del", "della", "dello", "di", "du", "des", "la", "le", "lo", "zu", "ter", "ten", "y", "e");

    /**
     * Spellings of "abd"/"abdul" ("servant of"), written as "abd": "Abdulrahman" gives "abdrahman", and "Abdul Rahman"
     * gives [abd, rahman], which {@link ArabicNames} then joins into the same one name part.
     */
    private static final List<String> ABD_PREFIXES = List.of(
            "abdul", "abdel", "abdal", "abdoul", "abdur", "abdar", "abder", "abdus", "abdes", "abdol", "abdou", "abd");

    private NameTokens() {}

    /** Example: {@code tokenise("Dr. Abdel Hamid AL-ASSAD, Jr.")} is {@code [abdhamid, assad]}. */
    static List<String> tokenise(String latin) {
        return tokenise(latin, false);
    }

    /**
     * As {@link #tokenise(String)}; {@code abjad}: the name was romanised from Arabic or Hebrew script, which write no
     * short vowels, so a vowel-less token that spells a Latin title ("sr", "mr", "dr") is a name there (אשאר, "Ashar",
     * romanises as "sr") and is kept.
     */
    static List<String> tokenise(String latin, boolean abjad) {
        List<String> raw = split(latin.toLowerCase(Locale.ROOT));
        List<String> kept = new ArrayList<>(raw.size());
        for (String t : raw) {
            if (!TITLES.contains(t) || (abjad && !hasVowel(t))) {
                kept.add(t);
            }
        }
        if (kept.isEmpty()) {
            kept = raw;
        }
        kept = ArabicNames.spell(mergeAbd(kept));
        List<String> withoutParticles = new ArrayList<>(kept.size());
        for (String t : kept) {
            if (!PARTICLES.contains(t)) {
                withoutParticles.add(t);
            }
        }
        return List.copyOf(withoutParticles.isEmpty() ? kept : withoutParticles);
    }

    private static boolean hasVowel(String token) {
        for (int i = 0; i < token.length(); i++) {
            if ("aeiou".indexOf(token.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String lower) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                current.append(c);
            } else if (c == '\'' || c == '\u2019' || c == '`' || c == '\u02BC' || c == '\u02BB') {
                // O'Brien, Ma'ruf: an apostrophe sits inside one name part.
                continue;
            } else if (!current.isEmpty()) {
                tokens.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static List<String> mergeAbd(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String prefix = abdPrefix(t);
            if (prefix == null) {
                out.add(t);
                continue;
            }
            out.add("abd" + t.substring(prefix.length()));
        }
        return out;
    }

    private static String abdPrefix(String token) {
        for (String p : ABD_PREFIXES) {
            if (token.startsWith(p) && (token.length() == p.length() || token.length() > p.length() + 2)) {
                return p;
            }
        }
        return null;
    }
}
