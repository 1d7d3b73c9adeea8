package org.interlink.matching;

import java.util.Arrays;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The blocking keys of a name: for each token its spelling, its phonetic skeleton, the skeleton with any one class
 * deleted (its deletion neighbourhood) and its Double Metaphone code; for each pair of adjacent tokens the skeleton of
 * the two written together (merged/split tokens). Keys are 64-bit hashes; a collision only adds a candidate, which
 * full scoring then rejects.
 *
 * <p>Skeletons and their deletions share one key space, so two tokens meet when their skeletons are equal, differ by
 * one class missing on one side (katakana "hatonetto" {@code TMT} drops the r of "hartnett" {@code RTMT}; pinyin
 * "yangdaerbiyefu" adds a class to "yandarbiyev") or by one class substituted (hangul "likelmi" {@code RKRM} and
 * "richelmy" {@code RSRM} share {@code RRM}).
 */
final class BlockingKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private BlockingKeys() {}

    /** All keys of the name, distinct and sorted: what the index stores. */
    static long[] of(NameForm name) {
        long[][] groups = groups(name);
        int total = 0;
        for (long[] g : groups) {
            total += g.length;
        }
        long[] keys = new long[total];
        int n = 0;
        for (long[] g : groups) {
            System.arraycopy(g, 0, keys, n, g.length);
            n += g.length;
        }
        return distinct(keys);
    }

    /**
     * The keys grouped by what they stand for: one group per token (spelling, skeleton, its deletions, metaphone),
     * then one per adjacent pair (joined skeleton). A query counts only the best key of each group for a candidate, so
     * that agreeing on two tokens outranks agreeing five ways on one.
     */
    static long[][] groups(NameForm name) {
        String[] t = name.tokens();
        String[] k = name.keys();
        long[][] groups = new long[2 * t.length][];
        int g = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i].length() < 2) {
                continue;
            }
            long[] out = new long[3 + k[i].length()];
            int n = 0;
            out[n++] = hash('t', t[i]);
            if (!k[i].isEmpty()) {
                out[n++] = hash('k', k[i]);
            }
            if (k[i].length() >= Parameters.MIN_SKELETON_FOR_DELETION_KEYS) {
                for (int d = 0; d < k[i].length(); d++) {
                    out[n++] = hash('k', deleted(k[i], d));
                }
            }
            String dm = METAPHONE.doubleMetaphone(t[i]);
            if (dm != null && !dm.isEmpty()) {
                out[n++] = hash('m', dm);
            }
            groups[g++] = distinct(Arrays.copyOf(out, n));
            if (i + 1 < t.length && t[i + 1].length() >= 2) {
                groups[g++] = new long[] {hash('k', PhoneticKey.join(k[i], k[i + 1]))};
            }
        }
        return Arrays.copyOf(groups, g);
    }

    private static long[] distinct(long[] keys) {
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    /**
     * The skeleton without its class at {@code at}. Neighbours that become equal are not merged: a skeleton keeps a
     * class repeated across a vowel ("rer" is {@code RR}), so "r-t-r" without its t meets it.
     */
    static String deleted(String skeleton, int at) {
        return skeleton.substring(0, at) + skeleton.substring(at + 1);
    }

    /** FNV-1a over the kind and characters, then a murmur3 finaliser; never 0 (0 marks an empty slot). */
    static long hash(char kind, String s) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return finish(h);
    }

    /** The murmur3 64-bit finaliser, so that every input bit moves every output bit; never 0 (an empty slot). */
    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb93fe1a85ec3L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }
}
