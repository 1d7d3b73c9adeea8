package org.interlink.matching.pdq;

import java.util.Arrays;

/**
 * An open-addressing map from long keys to non-negative ints, with linear probing and backward-shift deletion: about
 * 12 bytes per slot and no object per entry. Not thread-safe; {@link PdqIndex} guards it.
 */
final class LongIntMap {

    private static final int EMPTY = -1;

    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap() {
        keys = new long[16];
        values = new int[16];
        Arrays.fill(values, EMPTY);
    }

    int size() {
        return size;
    }

    /** The value of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = home(key, mask); ; i = (i + 1) & mask) {
            int v = values[i];
            if (v == EMPTY || keys[i] == key) {
                return v;
            }
        }
    }

    /** Sets {@code key} to {@code value} (≥ 0). */
    void put(long key, int value) {
        if ((size + 1) * 3L > keys.length * 2L) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        int i = home(key, mask);
        while (values[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == EMPTY) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    /** Removes {@code key}, returning its value or -1. */
    int remove(long key) {
        int mask = keys.length - 1;
        int i = home(key, mask);
        while (values[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        int old = values[i];
        if (old == EMPTY) {
            return EMPTY;
        }
        // Backward shift: move later entries of the probe run into the gap, so no tombstones accumulate.
        int gap = i;
        for (int j = (gap + 1) & mask; values[j] != EMPTY; j = (j + 1) & mask) {
            int h = home(keys[j], mask);
            boolean movable = gap <= j ? (h <= gap || h > j) : (h <= gap && h > j);
            if (movable) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        values[gap] = EMPTY;
        size--;
        return old;
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != EMPTY) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int home(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
