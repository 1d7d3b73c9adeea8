package org.interlink.matching;

/**
 * Wade-Giles spelling of a toneless pinyin syllable, as names are written in Taiwan and in older texts, without the
 * apostrophes of aspiration and the umlaut (which names drop and the tokeniser would drop anyway): jiang → chiang,
 * jing → ching, guo → kuo, zedong → tsetung, xi → hsi, zhi → chih, si → ssu, zi → tzu, ri → jih, bai → pai.
 */
final class WadeGiles {

    private WadeGiles() {}

    /** One pinyin syllable (ü written v) in Wade-Giles. */
    static String of(String syllable) {
        String s = syllable;
        String initial = initial(s);
        String fin = s.substring(initial.length());
        if (fin.isEmpty()) {
            return s;
        }
        // The final first: some depend on the initial.
        String f = switch (fin) {
            case "i" ->
                switch (initial) {
                    case "z", "c", "s" -> "u";
                    case "zh", "ch", "sh", "r" -> "ih";
                    default -> "i";
                };
            case "e" ->
                switch (initial) {
                    case "g", "k", "h", "" -> "o";
                    default -> "e";
                };
            case "ie" -> "ieh";
            case "ian" -> "ien";
            case "ong" -> "ung";
            case "iong" -> "iung";
            case "ui" -> initial.equals("g") || initial.equals("k") ? "uei" : "ui";
            case "uo" ->
                switch (initial) {
                    case "g", "k", "h", "sh" -> "uo";
                    default -> "o";
                };
            case "ue", "ve" -> "ueh";
            case "er" -> "erh";
            case "v" -> "u";
            case "van" -> "uan";
            case "vn" -> "un";
            default -> fin;
        };
        String i = switch (initial) {
            case "b" -> "p";
            case "d" -> "t";
            case "g" -> "k";
            case "zh", "j", "q", "ch" -> "ch";
            case "z", "c" -> f.equals("u") && fin.equals("i") ? "tz" : "ts";
            case "x" -> "hs";
            case "r" -> "j";
            case "s" -> f.equals("u") && fin.equals("i") ? "ss" : "s";
            case "y" ->
                switch (f) {
                    case "i", "in", "ing" -> "";
                    case "an" -> "";
                    default -> "y";
                };
            default -> initial;
        };
        if (initial.equals("y") && fin.equals("an")) {
            return "yen";
        }
        if (initial.equals("y") && fin.equals("e")) {
            return "yeh";
        }
        if (initial.equals("y") && (fin.equals("ue") || fin.equals("ve"))) {
            return "yueh";
        }
        if (initial.equals("y") && fin.equals("ong")) {
            return "yung";
        }
        if (initial.equals("y") && fin.equals("ou")) {
            return "yu";
        }
        return i + f;
    }

    private static String initial(String s) {
        if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
            return s.substring(0, 2);
        }
        char c = s.charAt(0);
        return "bpmfdtnlgkhjqxrzcsyw".indexOf(c) >= 0 ? String.valueOf(c) : "";
    }
}
