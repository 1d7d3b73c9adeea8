package org.interlink.messaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Where an attachment waits between arriving and being stored: in memory up to {@value #MEMORY} bytes, beyond that in
 * a temporary file encrypted with a key that exists only in this object (AES-GCM segments, as {@link
 * AttachmentCipher}), so plaintext never touches the disk and a file left behind by a crash is unreadable. Readable
 * any number of times; {@link #close()} deletes the file.
 *
 * <p>All spools together hold at most {@link #BUDGET} bytes in memory (a sixteenth of the heap, at most 64 MiB); an
 * attachment that arrives when the budget is spent goes to its file from the start. Without that bound, sends arriving
 * faster than they are stored each kept up to 10 × 1 MiB on the heap until the heap ran out (an
 * {@code OutOfMemoryError} in Tomcat's acceptor thread, after which the server accepted no connection at all).
 */
final class Spool extends OutputStream {

    static final int MEMORY = 1024 * 1024;
    static final int CHUNK = 64 * 1024;
    static final long BUDGET = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);
    private static final AtomicLong IN_MEMORY = new AtomicLong();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final long limit;
    /** Up to {@link #MEMORY} bytes in chunks of 64 KiB: no large arrays (G1 allocates those in the old generation). */
    private final List<byte[]> chunks = new ArrayList<>();

    private int memorySize;
    /** Bytes of {@link #BUDGET} this spool holds: its chunks. */
    private long reserved;

    private @Nullable Path file;
    private @Nullable OutputStream fileOut;
    private AttachmentCipher.@Nullable Sealing sealing;
    private byte[] segment = new byte[0]; // allocated when spilling
    private int segmentLength;
    private int segments;
    private long size;
    private boolean closed;

    /** Thrown as soon as more than the limit is written. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("too large", null);
        }
    }

    /** @param limit the most bytes it accepts */
    Spool(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (size + length > limit) {
            throw new TooLarge();
        }
        size += length;
        if (file == null && memorySize + length <= MEMORY && reserve(memorySize + length)) {
            keep(bytes, offset, length);
            return;
        }
        if (file == null) {
            spill();
        }
        while (length > 0) {
            if (segmentLength == segment.length) {
                seal(false);
            }
            int n = Math.min(length, segment.length - segmentLength);
            System.arraycopy(bytes, offset, segment, segmentLength, n);
            segmentLength += n;
            offset += n;
            length -= n;
        }
    }

    /** Takes from the budget what holding {@code total} bytes needs beyond what this spool holds; false if it cannot. */
    private boolean reserve(int total) {
        long needed = (long) Math.ceilDiv(total, CHUNK) * CHUNK - reserved;
        if (needed <= 0) {
            return true;
        }
        if (IN_MEMORY.addAndGet(needed) > BUDGET) {
            IN_MEMORY.addAndGet(-needed);
            return false;
        }
        reserved += needed;
        return true;
    }

    private void release() {
        IN_MEMORY.addAndGet(-reserved);
        reserved = 0;
    }

    /** Bytes all spools hold in memory now. */
    static long inMemory() {
        return IN_MEMORY.get();
    }

    boolean onDisk() {
        return file != null;
    }

    private void spill() throws IOException {
        segment = new byte[AttachmentCipher.SEGMENT];
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        sealing = new AttachmentCipher(key).seal(UUID.randomUUID());
        file = Files.createTempFile("interlink-attachment-", ".sealed");
        fileOut = Files.newOutputStream(file);
        segmentLength = 0;
        int left = memorySize;
        for (byte[] chunk : chunks) {
            int length = Math.min(chunk.length, left);
            left -= length;
            int at = 0;
            while (at < length) {
                if (segmentLength == segment.length) {
                    seal(false);
                }
                int n = Math.min(length - at, segment.length - segmentLength);
                System.arraycopy(chunk, at, segment, segmentLength, n);
                segmentLength += n;
                at += n;
            }
        }
        chunks.clear();
        memorySize = 0;
        release();
    }

    private void keep(byte[] bytes, int offset, int length) {
        while (length > 0) {
            int used = memorySize % CHUNK;
            if (used == 0) {
                chunks.add(new byte[CHUNK]);
            }
            int n = Math.min(length, CHUNK - used);
            System.arraycopy(bytes, offset, chunks.getLast(), used, n);
            memorySize += n;
            offset += n;
            length -= n;
        }
    }

    private void seal(boolean last) throws IOException {
        fileOut.write(sealing.encrypt(segments++, last, segment, segmentLength));
        segmentLength = 0;
    }

    /** Ends writing: what was written can now be read. */
    void finish() throws IOException {
        if (fileOut != null && !closed) {
            seal(true);
            fileOut.close();
        }
        closed = true;
    }

    long size() {
        return size;
    }

    /** A fresh stream over the content, from the start. */
    InputStream open() throws IOException {
        if (file == null) {
            List<InputStream> parts = new ArrayList<>();
            int left = memorySize;
            for (byte[] chunk : chunks) {
                parts.add(new ByteArrayInputStream(chunk, 0, Math.min(chunk.length, left)));
                left -= chunk.length;
            }
            return new SequenceInputStream(java.util.Collections.enumeration(parts));
        }
        return new Unsealing(Files.newInputStream(file));
    }

    @Override
    public void close() throws IOException {
        chunks.clear();
        release();
        if (fileOut != null) {
            fileOut.close();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /** Reads the sealed segments back, one at a time. */
    private final class Unsealing extends InputStream {
        private final InputStream in;
        private byte[] current = new byte[0];
        private int position;
        private int index;
        private byte @Nullable [] next;

        Unsealing(InputStream in) throws IOException {
            this.in = in;
            this.next = in.readNBytes(AttachmentCipher.SEGMENT + 16);
        }

        private boolean fill() throws IOException {
            while (position == current.length) {
                if (next == null || next.length == 0) {
                    return false;
                }
                byte[] sealed = next;
                next = sealed.length == AttachmentCipher.SEGMENT + 16
                        ? in.readNBytes(AttachmentCipher.SEGMENT + 16)
                        : null;
                boolean last = next == null || next.length == 0;
                current = sealing.decrypt(index++, last, sealed);
                position = 0;
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, bytes, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
