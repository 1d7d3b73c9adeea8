package org.interlink.matching;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * The blocking keys of a name: for each token its spelling, its phonetic skeleton, the skeleton without its first
 * class (a first-letter typo or a script that cannot start a word that way) and its Double Metaphone code; for each
 * pair of adjacent tokens the skeleton of the two written together (merged/split tokens). Keys are 64-bit hashes; a
 * collision only adds a candidate, which full scoring then rejects.
 *
 * <p>For a Latin name the index also stores, in a key space of its own ({@code 'n'}), the skeleton of each token
 * without the r's that English leaves unsaid ({@link PhoneticKey#withoutSilentR}): only queries in the scripts that
 * write a foreign name as it sounds (Han, kana, Hangul) read it, against their own skeletons ("carter" {@code KRTR},
 * said "cate" {@code KT}, is 卡特 "kate" {@code KT}).
 *
 * <p>The index also stores each skeleton of {@link Parameters#MIN_SKELETON_FOR_DELETION_KEYS} or more classes with any
 * one class deleted, in a key space of its own ({@code 'd'}). Only queries romanised from another script read it (see
 * {@link #ofQuery}): there a class is often lost or changed (katakana "hatonetto" {@code TMT} for "hartnett" {@code
 * RTMT}; BGN writes Russian х "kh" where Latin alphabets write h, Бетховен "betkhoven" {@code BTKBM} for "beethoven"
 * {@code BTBM}), while a Latin query pays nothing for keys it does not need.
 */
final class BlockingKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    /**
     * Scripts that write a foreign name syllable by syllable as it sounds, so without the r's English leaves unsaid.
     * Not the abjads: Arabic and Hebrew write every r.
     */
    private static final Set<String> BY_SOUND =
            Set.of(UScript.getName(UScript.HAN), UScript.getName(UScript.KATAKANA), UScript.getName(UScript.HANGUL));

    private BlockingKeys() {}

    /**
     * All keys the index stores for the name, distinct and sorted, deletion keys included; for a Han name also those
     * of its readings ({@link HanNames#indexedReadings}), so that a Wade-Giles, Cantonese, Korean or Japanese Latin
     * query finds it.
     */
    static long[] of(NameForm name) {
        long[] keys = ofForm(name);
        if (!HanNames.isHan(name)) {
            return keys;
        }
        for (NameForm reading : HanNames.indexedReadings(name)) {
            long[] more = ofForm(reading);
            int n = keys.length;
            keys = Arrays.copyOf(keys, n + more.length);
            System.arraycopy(more, 0, keys, n, more.length);
        }
        return distinct(keys);
    }

    private static long[] ofForm(NameForm name) {
        String[] t = name.tokens();
        String[] k = name.keys();
        boolean latin = name.romanisation() == NameForm.LATIN;
        int capacity = t.length * 5 + Math.max(0, t.length - 1);
        for (String key : k) {
            capacity += key.length();
        }
        long[] out = new long[capacity];
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i].length() < 2) {
                continue;
            }
            n = tokenKeys(t[i], k[i], out, n);
            if (latin) {
                String said = PhoneticKey.skeleton(PhoneticKey.withoutSilentR(t[i]), false);
                if (!said.isEmpty() && !said.equals(k[i])) {
                    out[n++] = hash('n', said);
                }
            }
            if (k[i].length() >= Parameters.MIN_SKELETON_FOR_DELETION_KEYS) {
                for (int d = 0; d < k[i].length(); d++) {
                    out[n++] = hash('d', deleted(k[i], d));
                }
            }
            if (i + 1 < t.length && t[i + 1].length() >= 2) {
                out[n++] = hash('k', PhoneticKey.join(k[i], k[i + 1]));
            }
        }
        return distinct(Arrays.copyOf(out, n));
    }

    /**
     * The keys a query looks up, grouped by what they stand for: one group per token, then one per adjacent pair
     * (joined skeleton). A candidate earns only the best key of each group, so that agreeing on two tokens outranks
     * agreeing several ways on one. In a group, keys from {@code deletionsFrom[g]} on are the deletion keys: the
     * skeleton against the index's deletions (the query lost a class), the skeleton's deletions against the index's
     * skeletons (the query gained one) and against its deletions (a class changed). Only names romanised from
     * another script get them; a katakana name also looks up, among skeletons and deletions, the skeletons it would have with
     * the r that Japanese drops after a long vowel ({@link KatakanaR}).
     */
    static QueryKeys ofQuery(NameForm name) {
        QueryKeys keys = ofQueryForm(name);
        boolean han = HanNames.isHan(name);
        if (!han && !SyllableRuns.isRun(name)) {
            return keys;
        }
        // A Han query also looks up its readings' keys, so that it finds the Latin forms of its name, and a run of
        // syllables written as one word the keys of its two parts at each syllable boundary. Each has the same groups
        // (surname or first part, the two joined, given name or second part); the keys of one group across them are
        // one group, so that a candidate earns the best of them once.
        List<NameForm> forms = new ArrayList<>(han ? HanNames.indexedReadings(name) : List.of());
        forms.addAll(SyllableRuns.queryForms(name));
        List<long[]> plain = new ArrayList<>();
        List<long[]> extra = new ArrayList<>();
        for (NameForm reading : forms) {
            QueryKeys r = ofQueryForm(reading);
            for (int g = 0; g < r.groups().length; g++) {
                if (plain.size() <= g) {
                    plain.add(new long[0]);
                    extra.add(new long[0]);
                }
                long[] group = r.groups()[g];
                int from = r.deletionsFrom()[g];
                plain.set(g, concat(plain.get(g), Arrays.copyOf(group, from)));
                extra.set(g, concat(extra.get(g), Arrays.copyOfRange(group, from, group.length)));
            }
        }
        long[][] groups = Arrays.copyOf(keys.groups(), keys.groups().length + plain.size());
        int[] deletionsFrom = Arrays.copyOf(keys.deletionsFrom(), groups.length);
        for (int g = 0; g < plain.size(); g++) {
            long[] p = distinct(plain.get(g));
            long[] e = distinct(extra.get(g));
            groups[keys.groups().length + g] = concat(p, e);
            deletionsFrom[keys.groups().length + g] = p.length;
        }
        return new QueryKeys(groups, deletionsFrom);
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static QueryKeys ofQueryForm(NameForm name) {
        String[] t = name.tokens();
        String[] k = name.keys();
        boolean romanised = name.romanisation() != NameForm.LATIN;
        boolean bySound = BY_SOUND.contains(name.script());
        String[][] rhotic = romanised ? KatakanaR.skeletons(name) : null;
        long[][] groups = new long[2 * t.length][];
        int[] deletionsFrom = new int[2 * t.length];
        int g = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i].length() < 2) {
                continue;
            }
            int alternatives = rhotic == null ? 0 : rhotic[i].length;
            long[] out = new long[6 + 2 * k[i].length() + 2 * alternatives];
            int n = tokenKeys(t[i], k[i], out, 0);
            if (bySound && !k[i].isEmpty()) {
                out[n++] = hash('n', k[i]);
            }
            int plain = n;
            if (romanised && k[i].length() + 1 >= Parameters.MIN_SKELETON_FOR_DELETION_KEYS) {
                out[n++] = hash('d', k[i]);
            }
            if (romanised && k[i].length() >= Parameters.MIN_SKELETON_FOR_DELETION_KEYS) {
                for (int d = 0; d < k[i].length(); d++) {
                    String shorter = deleted(k[i], d);
                    out[n++] = hash('k', shorter);
                    out[n++] = hash('d', shorter);
                }
            }
            for (int a = 0; a < alternatives; a++) {
                out[n++] = hash('k', rhotic[i][a]);
                out[n++] = hash('d', rhotic[i][a]);
            }
            long[] plainKeys = distinct(Arrays.copyOf(out, plain));
            long[] extra = distinct(Arrays.copyOfRange(out, plain, n));
            long[] group = Arrays.copyOf(plainKeys, plainKeys.length + extra.length);
            System.arraycopy(extra, 0, group, plainKeys.length, extra.length);
            deletionsFrom[g] = plainKeys.length;
            groups[g++] = group;
            if (i + 1 < t.length && t[i + 1].length() >= 2) {
                deletionsFrom[g] = 1;
                groups[g++] = new long[] {hash('k', PhoneticKey.join(k[i], k[i + 1]))};
            }
        }
        return new QueryKeys(Arrays.copyOf(groups, g), Arrays.copyOf(deletionsFrom, g));
    }

    /** A query's keys by group; see {@link #ofQuery}. */
    record QueryKeys(long[][] groups, int[] deletionsFrom) {}

    /** A token's spelling, skeleton, skeleton without its first class and Double Metaphone code, from {@code n} on. */
    private static int tokenKeys(String token, String skeleton, long[] out, int n) {
        out[n++] = hash('t', token);
        if (!skeleton.isEmpty()) {
            out[n++] = hash('k', skeleton);
        }
        if (skeleton.length() >= 3) {
            out[n++] = hash('k', skeleton.substring(1));
        }
        String dm = METAPHONE.doubleMetaphone(token);
        if (dm != null && !dm.isEmpty()) {
            out[n++] = hash('m', dm);
        }
        return n;
    }

    /**
     * The skeleton without its class at {@code at}. Neighbours that become equal are not merged: a skeleton keeps a
     * class repeated across a vowel ("rer" is {@code RR}), so "r-t-r" without its t meets it.
     */
    static String deleted(String skeleton, int at) {
        return skeleton.substring(0, at) + skeleton.substring(at + 1);
    }

    /** The keys sorted, each once (sorts {@code keys} in place). */
    static long[] distinct(long[] keys) {
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
