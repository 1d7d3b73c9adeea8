package org.interlink.screening;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * From a record id to its handle in {@link DocumentTable}, for tens of millions of ids: an open-addressing table of
 * {@code int}s (linear probing, half full at most) that stores no keys of its own: a slot holds {@code handle + 1}, and
 * the id is read back through the handle to confirm a probe. Four to eight bytes per id and no object references,
 * where a {@code HashMap<String, Integer>} took about 50 bytes and three objects per id, all of which the collector
 * traced and whose writes dirtied cards across the old generation while the watchlist was built.
 *
 * <p>Not thread-safe: the owner serialises access.
 */
final class HandleTable {

    private static final int EMPTY = 0;

    private final IntFunction<String> idOf;
    private int[] slots;
    private int mask;
    private int size;

    /** @param idOf the id stored under a handle (for every handle in this table) */
    HandleTable(int expected, IntFunction<String> idOf) {
        this.idOf = idOf;
        int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
    }

    /** The handle of this id, or -1. */
    int get(String id) {
        for (int i = home(id); ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == EMPTY) {
                return -1;
            }
            if (idOf.apply(slot - 1).equals(id)) {
                return slot - 1;
            }
        }
    }

    /** Adds an id that is not in the table. */
    void add(String id, int handle) {
        if (size + 1 > slots.length >> 1) {
            grow();
        }
        int i = home(id);
        while (slots[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        slots[i] = handle + 1;
        size++;
    }

    /** Removes the id and answers its handle, or -1 if it was not there. */
    int remove(String id) {
        int i = home(id);
        while (true) {
            int slot = slots[i];
            if (slot == EMPTY) {
                return -1;
            }
            if (idOf.apply(slot - 1).equals(id)) {
                break;
            }
            i = (i + 1) & mask;
        }
        int handle = slots[i] - 1;
        // Backward-shift deletion: move later entries of the same probe run into the gap, so no tombstones build up.
        int gap = i;
        for (int j = (gap + 1) & mask; slots[j] != EMPTY; j = (j + 1) & mask) {
            int want = home(idOf.apply(slots[j] - 1));
            // The entry at j may move to the gap if its home is not cyclically within (gap, j].
            if (((j - want) & mask) >= ((j - gap) & mask)) {
                slots[gap] = slots[j];
                gap = j;
            }
        }
        slots[gap] = EMPTY;
        size--;
        return handle;
    }

    int size() {
        return size;
    }

    private int home(String id) {
        int h = id.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        mask = slots.length - 1;
        for (int slot : old) {
            if (slot != EMPTY) {
                int i = home(idOf.apply(slot - 1));
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
        Arrays.fill(old, EMPTY);
    }
}
