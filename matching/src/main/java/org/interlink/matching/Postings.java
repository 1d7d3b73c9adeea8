package org.interlink.matching;

import java.util.Arrays;

/**
 * Posting lists of int slots keyed by 64-bit blocking-key hashes, in open-addressing primitive arrays. Not
 * thread-safe: {@link PersonIndex} guards it.
 */
final class Postings {

    private static final int[] EMPTY = new int[0];

    private long[] keys = new long[1024];
    private int[][] lists = new int[1024][];
    private int[] sizes = new int[1024];
    private int used;
    private long entries;

    void add(long key, int slot) {
        if ((used + 1) * 10L > keys.length * 6L) {
            grow();
        }
        int at = find(key);
        if (keys[at] == 0) {
            keys[at] = key;
            lists[at] = new int[2];
            used++;
        }
        int size = sizes[at];
        int[] list = lists[at];
        if (size == list.length) {
            list = Arrays.copyOf(list, size + (size >> 1) + 2);
            lists[at] = list;
        }
        list[size] = slot;
        sizes[at] = size + 1;
        entries++;
    }

    /** Removes one occurrence of {@code slot}; order within a list does not matter, so the last entry fills the gap. */
    void remove(long key, int slot) {
        int at = find(key);
        if (keys[at] == 0) {
            return;
        }
        int[] list = lists[at];
        int size = sizes[at];
        for (int i = 0; i < size; i++) {
            if (list[i] == slot) {
                list[i] = list[size - 1];
                sizes[at] = size - 1;
                entries--;
                return;
            }
        }
    }

    /** The posting list for {@code key} (read only {@link #size(long)} entries of it), or an empty array. */
    int[] list(long key) {
        int at = find(key);
        return keys[at] == 0 ? EMPTY : lists[at];
    }

    int size(long key) {
        int at = find(key);
        return keys[at] == 0 ? 0 : sizes[at];
    }

    long entries() {
        return entries;
    }

    int distinctKeys() {
        return used;
    }

    private int find(long key) {
        int mask = keys.length - 1;
        int at = (int) (key ^ (key >>> 29)) & mask;
        while (keys[at] != 0 && keys[at] != key) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[][] oldLists = lists;
        int[] oldSizes = sizes;
        keys = new long[oldKeys.length * 2];
        lists = new int[keys.length][];
        sizes = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int at = find(oldKeys[i]);
                keys[at] = oldKeys[i];
                lists[at] = oldLists[i];
                sizes[at] = oldSizes[i];
            }
        }
    }
}
