package org.interlink.matching;

import java.util.Arrays;
import java.util.concurrent.locks.StampedLock;

/**
 * Exact lookup of travel documents by (issuing state, normalised number) to record ids, in about 21 bytes per entry.
 *
 * <p>Layout: one open-addressing table of two parallel {@code long[]} arrays, a 64-bit hash of the key and the record
 * id, at a load factor of at most 0.75 (16 bytes / 0.75 = 21.3 bytes per entry when sized with {@link
 * #DocumentIndex(long)}). The table size need not be a power of two: the slot is {@code multiplyHigh(hash, capacity)},
 * so growth is by 1.5 and no memory is wasted rounding up. The same key may map to several records (a document on two
 * notices): each pair is its own entry.
 *
 * <p>Collisions: only the hash is stored, not the number. Two different documents collide with probability about n /
 * 2^64 per lookup (5e-12 at 100 M entries), so a lookup returns <em>candidate</em> record ids and the caller must
 * confirm against the record it loads anyway (the record holds the real number) before acting on a hit. This is the
 * price of fitting 100 M numbers in about 2.1 GB rather than 6+ GB.
 *
 * <p>Thread-safe: lookups are lock-free optimistic reads validated against a {@link StampedLock}, retried under the
 * read lock if a writer intervened; {@link #add} and {@link #remove} are exclusive.
 *
 * <p>Example: {@code index.add("UTO", "L898902C3", 42L); index.lookup("UTO", "l898 902 c3")} returns {@code [42]}.
 */
public final class DocumentIndex {

    private static final double MAX_LOAD = 0.75;
    private static final long[] NONE = new long[0];

    private final StampedLock lock = new StampedLock();
    private long[] hashes;
    private long[] records;
    private long size;

    /** An index that grows as needed (by 1.5 times, briefly holding both tables). */
    public DocumentIndex() {
        this(1024);
    }

    /** An index sized for {@code expectedEntries} without growing: the way to stay near 21 bytes per entry. */
    public DocumentIndex(long expectedEntries) {
        long capacity = Math.max(16, (long) Math.ceil(expectedEntries / MAX_LOAD) + 1);
        if (capacity > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many entries for one table: " + expectedEntries);
        }
        hashes = new long[(int) capacity];
        records = new long[(int) capacity];
    }

    /** Adds a (document, record) pair; adding the same pair twice keeps one. Inputs are normalised here. */
    public void add(String issuingState, String number, long recordId) {
        long h = hash(issuingState, number);
        long stamp = lock.writeLock();
        try {
            if (find(h, recordId) >= 0) {
                return;
            }
            if (size + 1 > (long) (hashes.length * MAX_LOAD)) {
                grow();
            }
            int at = slot(h, hashes.length);
            while (hashes[at] != 0) {
                at = next(at, hashes.length);
            }
            hashes[at] = h;
            records[at] = recordId;
            size++;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Removes a (document, record) pair; returns whether it was present. */
    public boolean remove(String issuingState, String number, long recordId) {
        long h = hash(issuingState, number);
        long stamp = lock.writeLock();
        try {
            int at = find(h, recordId);
            if (at < 0) {
                return false;
            }
            deleteAt(at);
            size--;
            return true;
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Candidate record ids for the document, in no particular order; empty if none. Confirm against the record (see
     * class comment). Guarded by {@code DocumentIndexBenchmark.lookup}.
     */
    public long[] lookup(String issuingState, String number) {
        long h = hash(issuingState, number);
        long stamp = lock.tryOptimisticRead();
        if (stamp != 0) {
            long[] found = probe(h);
            if (lock.validate(stamp)) {
                return found;
            }
        }
        stamp = lock.readLock();
        try {
            return probe(h);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Number of (document, record) pairs. */
    public long size() {
        long stamp = lock.readLock();
        try {
            return size;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** Bytes held by the table's arrays (excluding the few bytes of this object). */
    public long memoryBytes() {
        long stamp = lock.readLock();
        try {
            return 2L * 8 * hashes.length + 2 * 16;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private long[] probe(long h) {
        long[] hs = hashes;
        long[] rs = records;
        int n = hs.length;
        if (rs.length != n) {
            return NONE; // a concurrent resize; validation fails and the read is retried under the lock
        }
        long[] found = NONE;
        int at = slot(h, n);
        for (int probes = 0; probes < n; probes++) {
            long k = hs[at];
            if (k == 0) {
                break;
            }
            if (k == h) {
                found = Arrays.copyOf(found, found.length + 1);
                found[found.length - 1] = rs[at];
            }
            at = next(at, n);
        }
        return found;
    }

    private int find(long h, long recordId) {
        int at = slot(h, hashes.length);
        while (hashes[at] != 0) {
            if (hashes[at] == h && records[at] == recordId) {
                return at;
            }
            at = next(at, hashes.length);
        }
        return -1;
    }

    /** Backward-shift deletion keeps linear probing correct without tombstones. */
    private void deleteAt(int hole) {
        int n = hashes.length;
        int at = next(hole, n);
        while (hashes[at] != 0) {
            int home = slot(hashes[at], n);
            // Move the entry into the hole unless its home lies cyclically in (hole, at].
            boolean stays = hole < at ? (home > hole && home <= at) : (home > hole || home <= at);
            if (!stays) {
                hashes[hole] = hashes[at];
                records[hole] = records[at];
                hole = at;
            }
            at = next(at, n);
        }
        hashes[hole] = 0;
        records[hole] = 0;
    }

    private void grow() {
        long capacity = hashes.length + (hashes.length >> 1);
        if (capacity > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("document index full");
        }
        long[] oldHashes = hashes;
        long[] oldRecords = records;
        long[] newHashes = new long[(int) capacity];
        long[] newRecords = new long[(int) capacity];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != 0) {
                int at = slot(oldHashes[i], newHashes.length);
                while (newHashes[at] != 0) {
                    at = next(at, newHashes.length);
                }
                newHashes[at] = oldHashes[i];
                newRecords[at] = oldRecords[i];
            }
        }
        hashes = newHashes;
        records = newRecords;
    }

    private static int slot(long h, int n) {
        return (int) Math.unsignedMultiplyHigh(h, n);
    }

    private static int next(int at, int n) {
        return at + 1 == n ? 0 : at + 1;
    }

    /**
     * 64-bit hash of "STATE:NUMBER" after normalisation; never 0, which marks an empty slot. ASCII input is normalised
     * on the fly without allocating; anything else goes through {@link DocumentNumbers} first. Guarded by {@code
     * DocumentIndexBenchmark.lookup}.
     */
    static long hash(String issuingState, String number) {
        if (!Transliteration.isAscii(issuingState)) {
            issuingState = DocumentNumbers.normaliseIssuingState(issuingState);
        }
        if (!Transliteration.isAscii(number)) {
            number = DocumentNumbers.normalise(number);
        }
        long h = 0x9E3779B97F4A7C15L;
        int letters = 0;
        for (int i = 0; i < issuingState.length(); i++) {
            char c = upper(issuingState.charAt(i));
            if (c >= 'A' && c <= 'Z') {
                h = mix(h, c);
                letters++;
            } else if (c != '<' && c != ' ') {
                letters = -1;
                break;
            }
        }
        if (letters < 1 || letters > 3) {
            throw new IllegalArgumentException("not an ICAO issuing-state code: " + issuingState);
        }
        h = mix(h, ':');
        int kept = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = upper(number.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                h = mix(h, c);
                kept++;
            }
        }
        if (kept == 0) {
            throw new IllegalArgumentException("no letters or digits in document number: " + number);
        }
        return BlockingKeys.finish(h);
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static long mix(long h, char c) {
        return Long.rotateLeft((h ^ c) * 0x100000001b3L, 27) * 0xC2B2AE3D27D4EB4FL;
    }
}
