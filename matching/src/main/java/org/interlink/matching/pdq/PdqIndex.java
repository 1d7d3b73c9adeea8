package org.interlink.matching.pdq;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An exact Hamming-radius index of PDQ hashes by id: {@link #search} reports every entry within the radius, never
 * fewer, each once.
 *
 * <p><b>How.</b> Multi-index hashing (Norouzi, Punjani and Fleet, 2012). The 256 bits are cut into 16 substrings of 16
 * bits, and each entry is filed in 16 tables under its substrings. Two hashes within distance {@code r} differ, by the
 * pigeonhole principle, in at most {@code s = r / 16} bits in at least one substring (for r = 31, s = 1). A search
 * therefore visits, in each table, the buckets of every key within {@code s} bits of the query's substring (17 buckets
 * for s = 1, 137 for s = 2), and verifies each entry there. Each bucket also holds, beside the entry's slot, 128 other
 * bits of its hash: their distance to the query bounds the full distance from below, so almost every wrong candidate is
 * dropped while reading the bucket in order, without a random memory access. An entry within the radius is reported
 * only from the first table where its substring is within {@code s}, so never twice. For radii of 48 and more (s ≥ 3,
 * far past any useful PDQ threshold) the search scans every entry instead.
 *
 * <p><b>Memory.</b> About 400 bytes per entry: 16 × 20 bytes in the tables (a 4-byte slot and 16 bytes of hash) with
 * growth slack, 32 bytes for the hash, 8 for the id and about 20 in the id map; 10 M entries take about 4.2 GB.
 *
 * <p><b>Concurrency.</b> Searches share a read lock and run in parallel; {@link #put} and {@link #remove} take the
 * write lock for their 16 bucket updates (microseconds). A search started after {@code put} returns sees the entry, one
 * started after {@code remove} returns does not. A {@link Sink} runs under the read lock and must not modify the
 * index.
 *
 * <p>Example: {@code index.put(42, hash); index.search(query, 31, (id, d) -> hits.add(id))}. Guarded by {@code
 * PdqIndexBenchmark} (bench/).
 */
public final class PdqIndex {

    private static final int TABLES = 16;
    private static final int KEYS = 1 << 16;
    private static final int SCAN_FROM_SUB_RADIUS = 3;
    private static final int[] NO_SLOTS = new int[0];
    private static final long[] NO_WORDS = new long[0];

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final LongIntMap slotOf = new LongIntMap();

    // Entries by slot: id, the four words, and whether the slot is in use; freed slots are reused.
    private long[] ids = new long[16];
    private long[] words = new long[64];
    private long[] live = new long[1];
    private int highWater;
    private int[] freeSlots = new int[16];
    private int freeCount;

    // Bucket b = table * 65536 + key: the slots filed there, and two filter words per slot.
    private final int[][] bucketSlots = new int[TABLES * KEYS][];
    private final long[][] bucketFilters = new long[TABLES * KEYS][];
    private final int[] bucketSizes = new int[TABLES * KEYS];

    public PdqIndex() {
        Arrays.fill(bucketSlots, NO_SLOTS);
        Arrays.fill(bucketFilters, NO_WORDS);
    }

    /** Adds an entry, replacing an earlier hash of the same id. */
    public void put(long id, PdqHash hash) {
        long[] w = {hash.word(0), hash.word(1), hash.word(2), hash.word(3)};
        lock.writeLock().lock();
        try {
            int slot = slotOf.get(id);
            if (slot >= 0) {
                unfile(slot);
            } else {
                slot = allocate();
                ids[slot] = id;
                live[slot >>> 6] |= 1L << slot;
                slotOf.put(id, slot);
            }
            System.arraycopy(w, 0, words, 4 * slot, 4);
            file(slot);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the entry of this id; false if there was none. */
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            int slot = slotOf.remove(id);
            if (slot < 0) {
                return false;
            }
            unfile(slot);
            live[slot >>> 6] &= ~(1L << slot);
            if (freeCount == freeSlots.length) {
                freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
            }
            freeSlots[freeCount++] = slot;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The number of entries. */
    public int size() {
        lock.readLock().lock();
        try {
            return slotOf.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Reports every entry whose hash is within {@code radius} bits of {@code query} (inclusive), each once, in no set
     * order. A negative radius finds nothing.
     */
    public void search(PdqHash query, int radius, Sink sink) {
        if (radius < 0) {
            return;
        }
        long[] q = {query.word(0), query.word(1), query.word(2), query.word(3)};
        int sub = radius / TABLES;
        lock.readLock().lock();
        try {
            if (sub >= SCAN_FROM_SUB_RADIUS) {
                scan(q, radius, sink);
                return;
            }
            for (int t = 0; t < TABLES; t++) {
                int key = substring(q, t);
                searchBucket(t, key, q, radius, sub, sink);
                for (int b1 = 0; b1 < 16 && sub >= 1; b1++) {
                    int k1 = key ^ (1 << b1);
                    searchBucket(t, k1, q, radius, sub, sink);
                    for (int b2 = b1 + 1; b2 < 16 && sub >= 2; b2++) {
                        searchBucket(t, k1 ^ (1 << b2), q, radius, sub, sink);
                    }
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Receives each match of a search: the entry's id and its distance to the query. */
    @FunctionalInterface
    public interface Sink {
        void found(long id, int distance);
    }

    private void searchBucket(int t, int key, long[] q, int radius, int sub, Sink sink) {
        int b = t * KEYS + key;
        int n = bucketSizes[b];
        if (n == 0) {
            return;
        }
        int[] slots = bucketSlots[b];
        long[] filters = bucketFilters[b];
        int w = t >>> 2;
        long qa = q[(w + 1) & 3];
        long qb = q[(w + 2) & 3];
        for (int e = 0; e < n; e++) {
            if (Long.bitCount(filters[2 * e] ^ qa) + Long.bitCount(filters[2 * e + 1] ^ qb) > radius) {
                continue;
            }
            int slot = slots[e];
            int d = distance(slot, q);
            if (d <= radius && !foundInEarlierTable(4 * slot, q, t, sub)) {
                sink.found(ids[slot], d);
            }
        }
    }

    /** Whether a table before {@code t} also holds the entry within {@code sub} bits, and so reported it already. */
    private boolean foundInEarlierTable(int at, long[] q, int t, int sub) {
        for (int u = 0; u < t; u++) {
            long x = (words[at + (u >>> 2)] ^ q[u >>> 2]) >>> (16 * (u & 3));
            if (Long.bitCount(x & 0xFFFF) <= sub) {
                return true;
            }
        }
        return false;
    }

    private void scan(long[] q, int radius, Sink sink) {
        for (int slot = 0; slot < highWater; slot++) {
            if ((live[slot >>> 6] & (1L << slot)) == 0) {
                continue;
            }
            int d = distance(slot, q);
            if (d <= radius) {
                sink.found(ids[slot], d);
            }
        }
    }

    private int distance(int slot, long[] q) {
        int at = 4 * slot;
        return Long.bitCount(words[at] ^ q[0])
                + Long.bitCount(words[at + 1] ^ q[1])
                + Long.bitCount(words[at + 2] ^ q[2])
                + Long.bitCount(words[at + 3] ^ q[3]);
    }

    /** Substring {@code t} (0..15): 16 bits of word {@code t / 4}, the lowest for {@code t % 4 == 0}. */
    private static int substring(long[] w, int t) {
        return (int) (w[t >>> 2] >>> (16 * (t & 3))) & 0xFFFF;
    }

    private int allocate() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        int slot = highWater++;
        if (slot == ids.length) {
            int capacity = Math.addExact(slot, (slot >> 1) + 16);
            ids = Arrays.copyOf(ids, capacity);
            words = Arrays.copyOf(words, Math.multiplyExact(capacity, 4));
            live = Arrays.copyOf(live, (capacity + 63) >>> 6);
        }
        return slot;
    }

    private void file(int slot) {
        long[] w = entryWords(slot);
        for (int t = 0; t < TABLES; t++) {
            int b = t * KEYS + substring(w, t);
            int n = bucketSizes[b];
            if (n == bucketSlots[b].length) {
                // Grow by a quarter: the tables hold 16 copies of every entry, so slack costs more than copying.
                int capacity = n + (n >> 2) + 4;
                bucketSlots[b] = Arrays.copyOf(bucketSlots[b], capacity);
                bucketFilters[b] = Arrays.copyOf(bucketFilters[b], 2 * capacity);
            }
            int wi = t >>> 2;
            bucketSlots[b][n] = slot;
            bucketFilters[b][2 * n] = w[(wi + 1) & 3];
            bucketFilters[b][2 * n + 1] = w[(wi + 2) & 3];
            bucketSizes[b] = n + 1;
        }
    }

    private void unfile(int slot) {
        long[] w = entryWords(slot);
        for (int t = 0; t < TABLES; t++) {
            int b = t * KEYS + substring(w, t);
            int[] slots = bucketSlots[b];
            long[] filters = bucketFilters[b];
            int last = bucketSizes[b] - 1;
            for (int e = 0; e <= last; e++) {
                if (slots[e] == slot) {
                    slots[e] = slots[last];
                    filters[2 * e] = filters[2 * last];
                    filters[2 * e + 1] = filters[2 * last + 1];
                    bucketSizes[b] = last;
                    break;
                }
            }
        }
    }

    private long[] entryWords(int slot) {
        return Arrays.copyOfRange(words, 4 * slot, 4 * slot + 4);
    }
}
