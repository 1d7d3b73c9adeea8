package org.interlink.messaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Content encrypted at rest exactly as message attachments are — {@link AttachmentCipher} with the configured
 * attachment key, in a file of {@link AttachmentFiles} — for other modules that must keep a file (content's kept
 * evidence). The caller keeps the returned {@link Sealed} in its own table and owns the file's life: messaging's
 * housekeeping deletes only the files its own {@code attachment_blobs} rows name, never walks the directory, so a file
 * sealed here is never swept.
 */
@Component
public class SealedFiles {

    private static final int TAG = AttachmentCipher.TAG_BITS / 8;

    private final AttachmentCipher cipher;
    private final AttachmentFiles files;

    SealedFiles(AttachmentCipher cipher, AttachmentFiles files) {
        this.cipher = cipher;
        this.files = files;
    }

    /**
     * What opening a sealed file needs (none of it secret without the key).
     *
     * @param size plaintext bytes
     * @param sha256 of the plaintext, hex; checked on every read
     * @param file the file's name relative to the attachment directory
     */
    public record Sealed(
            UUID id, long size, String sha256, String keyId, byte[] salt, byte[] prefix, int segments, String file) {}

    /** Encrypts {@code content} into a new, durable file. */
    public Sealed seal(byte[] content) throws IOException {
        UUID id = UUID.randomUUID();
        AttachmentCipher.Sealing sealing = cipher.seal(id);
        String file = AttachmentFiles.name(id);
        int segments = segments(content.length);
        write(file, sealing, new ByteArrayInputStream(content), content.length, segments);
        String sha256 = HexFormat.of().formatHex(AttachmentBlobs.sha256().digest(content));
        return new Sealed(id, content.length, sha256, cipher.keyId(), sealing.salt, sealing.prefix, segments, file);
    }

    /**
     * Decrypts a sealed file into {@code out}, one segment at a time, and answers whether the plaintext matches its
     * SHA-256.
     *
     * @throws IOException also when the content cannot be authenticated (altered, cut short, missing, wrong key)
     */
    public boolean open(Sealed sealed, OutputStream out) throws IOException {
        AttachmentCipher.Sealing sealing;
        try {
            sealing = cipher.open(sealed.id(), sealed.keyId(), sealed.salt(), sealed.prefix());
        } catch (IllegalStateException e) {
            throw new AttachmentBlobs.Damaged(e.getMessage());
        }
        MessageDigest sha = AttachmentBlobs.sha256();
        OutputStream hashing = new DigestOutputStream(out, sha);
        read(sealed.id(), sealed.file(), sealing, sealed.size(), sealed.segments(), hashing);
        hashing.flush();
        return HexFormat.of().formatHex(sha.digest()).equals(sealed.sha256());
    }

    /** Deletes a sealed file; a missing one is fine. */
    public void delete(Sealed sealed) throws IOException {
        files.delete(sealed.file());
    }

    /** Segments of {@code size} plaintext bytes: an empty file still has one (authenticated) segment. */
    static int segments(long size) {
        return size == 0 ? 1 : Math.toIntExact((size + AttachmentCipher.SEGMENT - 1) / AttachmentCipher.SEGMENT);
    }

    /** Encrypts {@code in} segment by segment into the new file {@code file}, durable when this returns. */
    void write(String file, AttachmentCipher.Sealing sealing, InputStream in, long size, int segments)
            throws IOException {
        files.write(file, channel -> {
            long stored = 0;
            int index = 0;
            byte[] current = in.readNBytes(AttachmentCipher.SEGMENT);
            while (true) {
                byte[] next = current.length == AttachmentCipher.SEGMENT
                        ? in.readNBytes(AttachmentCipher.SEGMENT)
                        : new byte[0];
                boolean last = next.length == 0;
                stored += current.length;
                ByteBuffer sealed = ByteBuffer.wrap(sealing.encrypt(index, last, current, current.length));
                while (sealed.hasRemaining()) {
                    channel.write(sealed);
                }
                index++;
                if (last) {
                    break;
                }
                current = next;
            }
            if (stored != size || index != segments) {
                throw new IOException("content changed while it was being stored");
            }
        });
    }

    /** Decrypts the file of blob {@code id} into {@code out}; anything that fails authentication is {@code Damaged}. */
    void read(UUID id, String file, AttachmentCipher.Sealing sealing, long size, int segments, OutputStream out)
            throws IOException {
        FileChannel channel;
        try {
            channel = files.open(file);
        } catch (NoSuchFileException e) {
            throw new AttachmentBlobs.Damaged("attachment " + id + ": its file " + file + " is missing");
        }
        try (channel) {
            long expected = size + (long) TAG * segments;
            if (channel.size() != expected) {
                throw new AttachmentBlobs.Damaged(
                        "attachment " + id + ": its file holds " + channel.size() + " bytes, not " + expected);
            }
            ByteBuffer buffer = ByteBuffer.allocate(AttachmentCipher.SEGMENT + TAG);
            long position = 0;
            for (int i = 0; i < segments; i++) {
                boolean last = i == segments - 1;
                int length = (int) (last ? size - (long) AttachmentCipher.SEGMENT * i : AttachmentCipher.SEGMENT) + TAG;
                buffer.clear().limit(length);
                if (AttachmentFiles.readFully(channel, buffer, position) != length) {
                    throw new AttachmentBlobs.Damaged("attachment " + id + ": its file was cut short while being read");
                }
                position += length;
                try {
                    out.write(sealing.decrypt(i, last, Arrays.copyOf(buffer.array(), length)));
                } catch (IllegalStateException e) {
                    throw new AttachmentBlobs.Damaged(e.getMessage());
                }
            }
        }
    }
}
