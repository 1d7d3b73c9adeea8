package org.interlink.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0, section 2.1) over the audit log: leaf {@code i} is the
 * chain hash of the row with sequence number {@code i + 1}; a leaf hashes as {@code SHA-256(0x00 || data)}, an inner
 * node as {@code SHA-256(0x01 || left || right)}, and a tree of {@code n > 1} leaves splits at the largest power of two
 * below {@code n}. Pure functions, no I/O.
 */
final class MerkleTree {

    /** The root of the empty tree: SHA-256 of nothing. */
    static final byte[] EMPTY = sha256().digest();

    private MerkleTree() {}

    /** The hashes of subtrees {@code D[start:end]} (RFC 9162's MTH), from wherever they are kept. */
    interface Subtrees {
        byte[] hash(long start, long end);
    }

    /** A completed perfect subtree: {@code 2^level} leaves starting at leaf {@code index · 2^level}. */
    interface Completed {
        void subtree(int level, long index, byte[] hash);
    }

    static byte[] leafHash(byte[] data) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x00);
        return digest.digest(data);
    }

    /** The leaf of one row: its chain hash (64 hex digits) as 32 bytes. */
    static byte[] leafOfRow(String rowHash) {
        return leafHash(HexFormat.of().parseHex(rowHash.trim()));
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest digest = sha256();
        digest.update((byte) 0x01);
        digest.update(left);
        return digest.digest(right);
    }

    /** The largest power of two strictly below {@code n} ({@code n > 1}): where RFC 9162 splits a tree of n leaves. */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** The root of the tree over these leaf hashes, computed in memory. */
    static byte[] root(List<byte[]> leafHashes) {
        Frontier frontier = new Frontier();
        leafHashes.forEach(leaf -> frontier.append(leaf, (level, index, hash) -> {}));
        return frontier.root();
    }

    /**
     * RFC 9162 2.1.3.1: the audit path of leaf {@code m} in the tree over leaves {@code [start, end)}, deepest node
     * first.
     */
    static List<byte[]> inclusionPath(long m, long start, long end, Subtrees subtrees) {
        List<byte[]> path = new ArrayList<>();
        collectPath(m, start, end, subtrees, path);
        return path;
    }

    private static void collectPath(long m, long start, long end, Subtrees subtrees, List<byte[]> path) {
        long n = end - start;
        if (n <= 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            collectPath(m, start, start + k, subtrees, path);
            path.add(subtrees.hash(start + k, end));
        } else {
            collectPath(m - k, start + k, end, subtrees, path);
            path.add(subtrees.hash(start, start + k));
        }
    }

    /** RFC 9162 2.1.3.2: whether {@code path} proves leaf {@code index} of a tree of {@code size} leaves has this root. */
    static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /**
     * The right edge of a growing tree: the roots of its perfect subtrees, largest first (one per set bit of the
     * size). Appending a leaf and taking the root cost O(log n); nothing else of the tree is kept.
     */
    static final class Frontier {
        private long size;
        private final List<byte[]> stack = new ArrayList<>();

        /** The frontier of the tree over the first {@code size} leaves, from its perfect subtrees. */
        static Frontier of(long size, Subtrees subtrees) {
            Frontier frontier = new Frontier();
            long start = 0;
            for (int bit = 62; bit >= 0; bit--) {
                long width = 1L << bit;
                if ((size & width) != 0) {
                    frontier.stack.add(subtrees.hash(start, start + width));
                    start += width;
                }
            }
            frontier.size = size;
            return frontier;
        }

        long size() {
            return size;
        }

        /** Appends leaf {@code size()}, reporting each perfect subtree it completes (level 1 and up). */
        void append(byte[] leafHash, Completed completed) {
            byte[] hash = leafHash;
            int level = 0;
            while (((size >> level) & 1) == 1) {
                hash = nodeHash(stack.removeLast(), hash);
                level++;
                completed.subtree(level, size >> level, hash);
            }
            stack.add(hash);
            size++;
        }

        byte[] root() {
            if (stack.isEmpty()) {
                return EMPTY.clone();
            }
            byte[] root = stack.getLast();
            for (int i = stack.size() - 2; i >= 0; i--) {
                root = nodeHash(stack.get(i), root);
            }
            return root;
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
