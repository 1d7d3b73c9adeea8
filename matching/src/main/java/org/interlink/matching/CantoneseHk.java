package org.interlink.matching;

/**
 * The Hong Kong spelling of a toneless Jyutping syllable, as names are really written on Hong Kong and Macau
 * documents: can → chan, wong → wong, zoeng → cheung, lau → lau, ng → ng, lei → lee, zau → chow, loeng → leung, ceoi →
 * tsui, jip → yip, syun → suen, pun → poon, si → sze, sam → sum, lo → law.
 */
final class CantoneseHk {

    private CantoneseHk() {}

    /** One Jyutping syllable without its tone number. */
    static String of(String syllable) {
        String s = syllable;
        if (s.equals("ng") || s.equals("m")) {
            return s;
        }
        String initial = initial(s);
        String fin = s.substring(initial.length());
        // Whole syllables the HK system spells its own way.
        switch (s) {
            case "lei", "nei" -> {
                return initial + "ee";
            }
            case "lo" -> {
                return "law";
            }
            case "zau" -> {
                return "chow";
            }
            case "si" -> {
                return "sze";
            }
            case "sam" -> {
                return "sum"; // 森 Sum, 心 Sum
            }
            case "zi", "ci" -> {
                return "tsz";
            }
            default -> {}
        }
        String f = switch (fin) {
            case "aa" -> "a";
            case "aai" -> "ai";
            case "aau" -> "au";
            case "aam" -> "am";
            case "aan" -> "an";
            case "aang" -> "ang";
            case "aap" -> "ap";
            case "aat" -> "at";
            case "aak" -> "ak";
            case "eoi" -> "ui";
            case "eon" -> "un";
            case "eot" -> "ut";
            case "oeng" -> "eung";
            case "oek" -> "euk";
            case "oe" -> "oh";
            case "ou" -> "o";
            case "un" -> "oon";
            case "ut" -> "oot";
            case "yu" -> "u";
            case "yun" -> "uen";
            case "yut" -> "uet";
            default -> fin;
        };
        String i = switch (initial) {
            case "b" -> "p";
            case "d" -> "t";
            case "g" -> "k";
            case "gw" -> "kw";
            case "z", "c" ->
                fin.equals("e") || fin.equals("eoi") || fin.equals("ang") || fin.equals("ou") ? "ts" : "ch";
            case "s" -> fin.equals("yu") || fin.equals("ek") ? "sh" : "s";
            case "j" -> "y";
            default -> initial;
        };
        return i + f;
    }

    private static String initial(String s) {
        if (s.startsWith("gw") || s.startsWith("kw") || s.startsWith("ng")) {
            return s.substring(0, 2);
        }
        char c = s.charAt(0);
        return "bpmfdtnlgkhwzcsj".indexOf(c) >= 0 ? String.valueOf(c) : "";
    }
}
