package org.interlink.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Attachment content, encrypted, in its own tables outside the message rows: one row per blob (size, checksum, key
 * fingerprint, derivation salt) and one row per sealed segment. Kept in PostgreSQL rather than in files so an
 * attachment is written in the same transaction as its message (all or nothing, no orphan files), every node of a
 * cluster reads it without a shared file system, and one backup holds everything.
 */
@Repository
class AttachmentBlobs {

    private final NamedParameterJdbcTemplate jdbc;
    private final AttachmentCipher cipher;

    AttachmentBlobs(NamedParameterJdbcTemplate jdbc, AttachmentCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A blob as stored: its plaintext size and SHA-256 (hex). */
    record Blob(UUID id, long size, String sha256) {}

    /**
     * Encrypts the content segment by segment into a new blob.
     *
     * @param size the size counted when the upload was inspected: the bytes stored must be those checked
     * @param sha256 the checksum taken then (verified on every download, so a change in between would be caught)
     */
    Blob store(Upload upload, long size, String sha256) throws IOException {
        UUID id = UUID.randomUUID();
        AttachmentCipher.Sealing sealing = cipher.seal(id);
        long stored = 0;
        int index = 0;
        try (InputStream in = upload.content().open()) {
            byte[] current = in.readNBytes(AttachmentCipher.SEGMENT);
            while (true) {
                byte[] next = current.length == AttachmentCipher.SEGMENT
                        ? in.readNBytes(AttachmentCipher.SEGMENT)
                        : new byte[0];
                boolean last = next.length == 0;
                stored += current.length;
                jdbc.update(
                        "INSERT INTO attachment_segments (blob_id, n, data) VALUES (:blob, :n, :data)",
                        Map.of(
                                "blob", id,
                                "n", index,
                                "data", sealing.encrypt(index, last, current, current.length)));
                index++;
                if (last) {
                    break;
                }
                current = next;
            }
        }
        if (stored != size) {
            throw new IllegalStateException("attachment content changed while it was being stored");
        }
        jdbc.update(
                "INSERT INTO attachment_blobs (id, size, sha256, key_id, salt, nonce_prefix, segments) VALUES (:id,"
                        + " :size, :sha, :keyId, :salt, :prefix, :segments)",
                Map.of(
                        "id", id,
                        "size", size,
                        "sha", sha256,
                        "keyId", cipher.keyId(),
                        "salt", sealing.salt,
                        "prefix", sealing.prefix,
                        "segments", index));
        return new Blob(id, size, sha256);
    }

    /** Deletes these blobs unless an attachment refers to them. */
    void deleteUnreferenced(List<UUID> ids) {
        Map<String, Object> params = Map.of("ids", ids.toArray(UUID[]::new));
        String unreferenced = "b.id = ANY(CAST(:ids AS uuid[])) AND NOT EXISTS (SELECT 1 FROM message_attachments a"
                + " WHERE a.blob_id = b.id)";
        jdbc.update(
                "DELETE FROM attachment_segments s USING attachment_blobs b WHERE s.blob_id = b.id AND " + unreferenced,
                params);
        jdbc.update("DELETE FROM attachment_blobs b WHERE " + unreferenced, params);
    }

    /**
     * Deletes blobs no attachment refers to and older than {@code before}: content stored for a send whose message
     * transaction then failed, when even the immediate clean-up failed.
     */
    int sweepUnreferenced(java.time.Instant before) {
        Map<String, Object> params =
                Map.of("before", java.time.OffsetDateTime.ofInstant(before, java.time.ZoneOffset.UTC));
        String orphan = "b.created_at < :before AND NOT EXISTS (SELECT 1 FROM message_attachments a"
                + " WHERE a.blob_id = b.id)";
        jdbc.update(
                "DELETE FROM attachment_segments s USING attachment_blobs b WHERE s.blob_id = b.id AND " + orphan,
                params);
        return jdbc.update("DELETE FROM attachment_blobs b WHERE " + orphan, params);
    }

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
    record Stored(AttachmentInfo info, UUID blob, String keyId, byte[] salt, byte[] prefix, int segments) {}

    Optional<Stored> find(UUID messageId, int n) {
        return jdbc
                .query(
                        "SELECT a.n, a.name, a.content_type, b.id, b.size, b.sha256, b.key_id, b.salt,"
                                + " b.nonce_prefix, b.segments FROM message_attachments a JOIN attachment_blobs b"
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
                                rs.getInt("segments")))
                .stream()
                .findFirst();
    }

    /**
     * Decrypts the content into {@code out}, one segment at a time, and answers whether the SHA-256 of what was written
     * matches the stored checksum. A segment that fails authentication throws {@link IllegalStateException}.
     */
    boolean decrypt(Stored stored, OutputStream out) throws IOException {
        AttachmentCipher.Sealing sealing = cipher.open(stored.blob(), stored.keyId(), stored.salt(), stored.prefix());
        MessageDigest sha = sha256();
        OutputStream hashing = new DigestOutputStream(out, sha);
        for (int i = 0; i < stored.segments(); i++) {
            byte[] data = jdbc.queryForObject(
                    "SELECT data FROM attachment_segments WHERE blob_id = :blob AND n = :n",
                    Map.of("blob", stored.blob(), "n", i),
                    byte[].class);
            if (data == null) {
                throw new IllegalStateException("attachment " + stored.blob() + " misses segment " + i);
            }
            hashing.write(sealing.decrypt(i, i == stored.segments() - 1, data));
        }
        hashing.flush();
        return HexFormat.of().formatHex(sha.digest()).equals(stored.info().sha256());
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
