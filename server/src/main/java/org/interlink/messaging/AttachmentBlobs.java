package org.interlink.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attachment content, encrypted, outside the message rows: one row per blob (size, checksum, key fingerprint,
 * derivation salt, and the name of its file) and the sealed segments in a file of {@link AttachmentFiles}. Blobs
 * stored before files were introduced ({@code file} null) keep their segments in {@code attachment_segments} and are
 * read from there.
 *
 * <p>Why files: through PostgreSQL each megabyte was written twice (WAL and TOAST table) with full-page writes, about
 * 50 MB/s of WAL at 50 sends/s, and single 256 KiB inserts waited hundreds of milliseconds for it; a file costs one
 * write and one fdatasync (see {@code docs/MESSAGING.md}).
 *
 * <p>Order, so that an acknowledged send survives a crash and a failed one leaves nothing visible: (1) the blob row is
 * committed on its own, naming the file before it exists, with nothing referring to it; (2) the file is written and
 * fsynced, then its directory; (3) only then does the message transaction refer to the blob. A crash after (1) or (2)
 * leaves an unreferenced row, which the hourly-aged sweep finds and deletes with its file (if any): no walk over the
 * file tree is ever needed, and no file exists that no row names.
 */
@Repository
class AttachmentBlobs {

    private static final int TAG = AttachmentCipher.TAG_BITS / 8;
    /** Appended to a condition on blob {@code b}: no attachment refers to it (checked again as rows are deleted). */
    private static final String UNREFERENCED =
            " AND NOT EXISTS (SELECT 1 FROM message_attachments a WHERE a.blob_id = b.id)";

    private final NamedParameterJdbcTemplate jdbc;
    private final AttachmentCipher cipher;
    private final AttachmentFiles files;
    private final SealedFiles sealed;
    private final TransactionTemplate ownTransaction;

    AttachmentBlobs(
            NamedParameterJdbcTemplate jdbc,
            AttachmentCipher cipher,
            AttachmentFiles files,
            SealedFiles sealed,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.files = files;
        this.sealed = sealed;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A blob as stored: its plaintext size and SHA-256 (hex). */
    record Blob(UUID id, long size, String sha256) {}

    /** Segments of a blob of {@code size} plaintext bytes: an empty blob still has one (authenticated) segment. */
    static int segments(long size) {
        return SealedFiles.segments(size);
    }

    /**
     * Encrypts the content segment by segment into a new file, durable when this returns; nothing refers to it yet.
     * Its row commits in a transaction of its own (REQUIRES_NEW) before the file is written, whatever the caller's
     * transaction does (see the class comment for the order).
     *
     * @param size the size counted when the upload was inspected: the bytes stored must be those checked
     * @param sha256 the checksum taken then (verified on every download, so a change in between would be caught)
     */
    Blob store(Upload upload, long size, String sha256) throws IOException {
        UUID id = UUID.randomUUID();
        AttachmentCipher.Sealing sealing = cipher.seal(id);
        int segments = segments(size);
        String file = AttachmentFiles.name(id);
        ownTransaction.executeWithoutResult(status -> jdbc.update(
                "INSERT INTO attachment_blobs (id, size, sha256, key_id, salt, nonce_prefix, segments, file) VALUES"
                        + " (:id, :size, :sha, :keyId, :salt, :prefix, :segments, :file)",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("size", size)
                        .addValue("sha", sha256)
                        .addValue("keyId", cipher.keyId())
                        .addValue("salt", sealing.salt)
                        .addValue("prefix", sealing.prefix)
                        .addValue("segments", segments)
                        .addValue("file", file)));
        try {
            try (InputStream in = upload.content().open()) {
                sealed.write(file, sealing, in, size, segments);
            }
        } catch (IOException | RuntimeException e) {
            try {
                deleteUnreferenced(List.of(id));
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup); // the sweep removes it after an hour
            }
            throw e;
        }
        return new Blob(id, size, sha256);
    }

    /** Deletes these blobs, files first, unless an attachment refers to them. */
    void deleteUnreferenced(List<UUID> ids) {
        delete("b.id = ANY(CAST(:ids AS uuid[]))", Map.of("ids", ids.toArray(UUID[]::new)));
    }

    /**
     * Deletes blobs no attachment refers to and older than {@code before}, with their files: content stored for a send
     * whose message transaction then failed (or never came, after a crash), when even the immediate clean-up failed.
     */
    int sweepUnreferenced(java.time.Instant before) {
        return delete(
                "b.created_at < :before",
                Map.of("before", java.time.OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC)));
    }

    /**
     * Deletes the unreferenced blobs matching {@code condition}: each file, then the rows. A file is deleted before
     * its row so that a failure in between leaves a row for the next sweep, never a file no row names.
     */
    private int delete(String condition, Map<String, Object> params) {
        List<Orphan> orphans = jdbc.query(
                "SELECT b.id, b.file FROM attachment_blobs b WHERE " + condition + UNREFERENCED,
                params,
                (rs, row) -> new Orphan(rs.getObject("id", UUID.class), rs.getString("file")));
        if (orphans.isEmpty()) {
            return 0;
        }
        for (Orphan orphan : orphans) {
            if (orphan.file() != null) {
                try {
                    files.delete(orphan.file());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Map<String, Object> ids = Map.of("ids", orphans.stream().map(Orphan::id).toArray(UUID[]::new));
        String these = "b.id = ANY(CAST(:ids AS uuid[]))" + UNREFERENCED;
        jdbc.update(
                "DELETE FROM attachment_segments s USING attachment_blobs b WHERE s.blob_id = b.id AND " + these, ids);
        return jdbc.update("DELETE FROM attachment_blobs b WHERE " + these, ids);
    }

    /** A blob no attachment refers to, and its file ({@code null} for content kept in rows). */
    private record Orphan(UUID id, @Nullable String file) {}

    void attach(UUID messageId, int n, AttachmentName name, String contentType, UUID blob) {
        jdbc.update(
                "INSERT INTO message_attachments (message_id, n, name, content_type, blob_id) VALUES (:message, :n,"
                        + " :name, :type, :blob)",
                Map.of("message", messageId, "n", n, "name", name.value(), "type", contentType, "blob", blob));
    }

    /** A forwarded message lists the original's attachments, pointing at the same encrypted blobs. */
    void copyAttachments(UUID from, UUID to) {
        jdbc.update(
                "INSERT INTO message_attachments (message_id, n, name, content_type, blob_id) SELECT :to, n, name,"
                        + " content_type, blob_id FROM message_attachments WHERE message_id = :from",
                Map.of("from", from, "to", to));
    }

    List<AttachmentInfo> list(UUID messageId) {
        return jdbc.query(
                "SELECT a.n, a.name, a.content_type, b.size, b.sha256 FROM message_attachments a JOIN attachment_blobs"
                        + " b ON b.id = a.blob_id WHERE a.message_id = :message ORDER BY a.n",
                Map.of("message", messageId),
                (rs, row) -> new AttachmentInfo(
                        rs.getInt("n"),
                        rs.getString("name"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getString("sha256")));
    }

    /** An attachment's metadata and where its content is. */
    record Stored(
            AttachmentInfo info,
            UUID blob,
            String keyId,
            byte[] salt,
            byte[] prefix,
            int segments,
            @Nullable String file) {}

    Optional<Stored> find(UUID messageId, int n) {
        return jdbc
                .query(
                        "SELECT a.n, a.name, a.content_type, b.id, b.size, b.sha256, b.key_id, b.salt,"
                                + " b.nonce_prefix, b.segments, b.file FROM message_attachments a JOIN attachment_blobs b"
                                + " ON b.id = a.blob_id WHERE a.message_id = :message AND a.n = :n",
                        Map.of("message", messageId, "n", n),
                        (rs, row) -> new Stored(
                                new AttachmentInfo(
                                        rs.getInt("n"),
                                        rs.getString("name"),
                                        rs.getString("content_type"),
                                        rs.getLong("size"),
                                        rs.getString("sha256")),
                                rs.getObject("id", UUID.class),
                                rs.getString("key_id"),
                                rs.getBytes("salt"),
                                rs.getBytes("nonce_prefix"),
                                rs.getInt("segments"),
                                rs.getString("file")))
                .stream()
                .findFirst();
    }

    /**
     * Decrypts the content into {@code out}, one segment at a time, and answers whether the SHA-256 of what was written
     * matches the stored checksum.
     *
     * @throws Damaged when the content cannot be authenticated: a segment altered, the file missing, cut short or
     *     extended, or a wrong key
     */
    boolean decrypt(Stored stored, OutputStream out) throws IOException {
        AttachmentCipher.Sealing sealing;
        try {
            sealing = cipher.open(stored.blob(), stored.keyId(), stored.salt(), stored.prefix());
        } catch (IllegalStateException e) {
            throw new Damaged(e.getMessage());
        }
        MessageDigest sha = sha256();
        OutputStream hashing = new DigestOutputStream(out, sha);
        if (stored.file() == null) {
            decryptRows(stored, sealing, hashing);
        } else {
            decryptFile(stored, sealing, hashing);
        }
        hashing.flush();
        return HexFormat.of().formatHex(sha.digest()).equals(stored.info().sha256());
    }

    private void decryptFile(Stored stored, AttachmentCipher.Sealing sealing, OutputStream out) throws IOException {
        sealed.read(
                stored.blob(),
                Objects.requireNonNull(stored.file()),
                sealing,
                stored.info().size(),
                stored.segments(),
                out);
    }

    private void decryptRows(Stored stored, AttachmentCipher.Sealing sealing, OutputStream out) throws IOException {
        for (int i = 0; i < stored.segments(); i++) {
            List<byte[]> data = jdbc.queryForList(
                    "SELECT data FROM attachment_segments WHERE blob_id = :blob AND n = :n",
                    Map.of("blob", stored.blob(), "n", i),
                    byte[].class);
            if (data.isEmpty()) {
                throw new Damaged("attachment " + stored.blob() + " misses segment " + i);
            }
            out.write(open(sealing, i, i == stored.segments() - 1, data.getFirst()));
        }
    }

    private static byte[] open(AttachmentCipher.Sealing sealing, int index, boolean last, byte[] ciphertext)
            throws Damaged {
        try {
            return sealing.decrypt(index, last, ciphertext);
        } catch (IllegalStateException e) {
            throw new Damaged(e.getMessage());
        }
    }

    /** Stored content that cannot be authenticated (or found): never sent, whatever was read of it. */
    static final class Damaged extends IOException {
        Damaged(@Nullable String message) {
            super(message);
        }
    }

    /** Checks the content against its checksum without sending any of it. */
    boolean verify(Stored stored) throws IOException {
        return decrypt(stored, OutputStream.nullOutputStream());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
