package org.interlink.matching;

import java.util.Arrays;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The blocking keys of a name: for each token its spelling, its phonetic skeleton, the skeleton without its first
 * class (a first-letter typo or a script that cannot start a word that way) and its Double Metaphone code; for each
 * pair of adjacent tokens the skeleton of the two written together (merged/split tokens). Keys are 64-bit hashes; a
 * collision only adds a candidate, which full scoring then rejects.
 */
final class BlockingKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private BlockingKeys() {}

    static long[] of(NameForm name) {
        String[] t = name.tokens();
        String[] k = name.keys();
        long[] out = new long[t.length * 4 + Math.max(0, t.length - 1)];
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i].length() < 2) {
                continue;
            }
            out[n++] = hash('t', t[i]);
            if (!k[i].isEmpty()) {
                out[n++] = hash('k', k[i]);
            }
            if (k[i].length() >= 3) {
                out[n++] = hash('k', k[i].substring(1));
            }
            String dm = METAPHONE.doubleMetaphone(t[i]);
            if (dm != null && !dm.isEmpty()) {
                out[n++] = hash('m', dm);
            }
            if (i + 1 < t.length && t[i + 1].length() >= 2) {
                out[n++] = hash('k', PhoneticKey.join(k[i], k[i + 1]));
            }
        }
        long[] keys = Arrays.copyOf(out, n);
        Arrays.sort(keys);
        int distinct = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
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
