package org.interlink.matching.pdq;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An exact Hamming-radius index of PDQ hashes by id: {@link #search} reports every entry within the radius, never
 * fewer. Safe for concurrent searches while entries are put and removed: a search started after {@link #put} returns
 * sees the entry, one started after {@link #remove} returns does not.
 */
public final class PdqIndex {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private long[] ids = new long[16];
    private long[] words = new long[64];
    private int size;

    public PdqIndex() {}

    /** Adds an entry, replacing an earlier hash of the same id. */
    public void put(long id, PdqHash hash) {
        lock.writeLock().lock();
        try {
            int at = find(id);
            if (at < 0) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    words = Arrays.copyOf(words, size * 8);
                }
                at = size++;
                ids[at] = id;
            }
            for (int w = 0; w < 4; w++) {
                words[4 * at + w] = hash.word(w);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the entry of this id; false if there was none. */
    public boolean remove(long id) {
        lock.writeLock().lock();
        try {
            int at = find(id);
            if (at < 0) {
                return false;
            }
            size--;
            ids[at] = ids[size];
            System.arraycopy(words, 4 * size, words, 4 * at, 4);
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The number of entries. */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Reports every entry whose hash is within {@code radius} bits of {@code query}, each once, in no set order. */
    public void search(PdqHash query, int radius, Sink sink) {
        long q0 = query.word(0);
        long q1 = query.word(1);
        long q2 = query.word(2);
        long q3 = query.word(3);
        lock.readLock().lock();
        try {
            for (int i = 0; i < size; i++) {
                int d = Long.bitCount(words[4 * i] ^ q0)
                        + Long.bitCount(words[4 * i + 1] ^ q1)
                        + Long.bitCount(words[4 * i + 2] ^ q2)
                        + Long.bitCount(words[4 * i + 3] ^ q3);
                if (d <= radius) {
                    sink.found(ids[i], d);
                }
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private int find(long id) {
        for (int i = 0; i < size; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    /** Receives each match of a search: the entry's id and its distance to the query. */
    @FunctionalInterface
    public interface Sink {
        void found(long id, int distance);
    }
}
