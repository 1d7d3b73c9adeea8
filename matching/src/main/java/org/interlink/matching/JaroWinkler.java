package org.interlink.matching;

/** Jaro-Winkler similarity in [0, 1]; allocation-free for tokens up to 64 characters. */
final class JaroWinkler {

    private JaroWinkler() {}

    /** Example: {@code similarity("martha", "marhta")} is about 0.961. Symmetric in its arguments. */
    static double similarity(String a, String b) {
        if (a.equals(b)) {
            return a.isEmpty() ? 0.0 : 1.0;
        }
        // Order the pair so that the result does not depend on argument order, even in floating point.
        if (a.length() > b.length() || (a.length() == b.length() && a.compareTo(b) > 0)) {
            String t = a;
            a = b;
            b = t;
        }
        int la = a.length();
        int lb = b.length();
        if (la == 0 || lb > 64) {
            return la == 0 ? 0.0 : slow(a, b);
        }
        int window = Math.max(0, lb / 2 - 1);
        long matchedB = 0L;
        long matchedA = 0L;
        int matches = 0;
        for (int i = 0; i < la; i++) {
            char c = a.charAt(i);
            int from = Math.max(0, i - window);
            int to = Math.min(lb - 1, i + window);
            for (int j = from; j <= to; j++) {
                if ((matchedB & (1L << j)) == 0 && b.charAt(j) == c) {
                    matchedB |= 1L << j;
                    matchedA |= 1L << i;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if ((matchedA & (1L << i)) != 0) {
                while ((matchedB & (1L << j)) == 0) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
        return winkler(a, b, jaro);
    }

    private static double winkler(String a, String b, double jaro) {
        if (jaro < 0.7) {
            return jaro;
        }
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length(), b.length()));
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    private static double slow(String a, String b) {
        int la = a.length();
        int lb = b.length();
        int window = Math.max(0, Math.max(la, lb) / 2 - 1);
        boolean[] ma = new boolean[la];
        boolean[] mb = new boolean[lb];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            for (int j = Math.max(0, i - window); j <= Math.min(lb - 1, i + window); j++) {
                if (!mb[j] && a.charAt(i) == b.charAt(j)) {
                    ma[i] = true;
                    mb[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0.0;
        }
        int t = 0;
        for (int i = 0, j = 0; i < la; i++) {
            if (ma[i]) {
                while (!mb[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    t++;
                }
                j++;
            }
        }
        double m = matches;
        return winkler(a, b, (m / la + m / lb + (m - t / 2.0) / m) / 3.0);
    }
}
