package org.interlink.content;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interlink.messaging.AttachmentName;
import org.interlink.messaging.SealedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files kept as evidence (table {@code content_evidence}), encrypted as message attachments are ({@link SealedFiles}).
 *
 * <p>All or nothing with the entries: the file is sealed and made durable inside the entries' transaction, its row
 * and the entries' links are written in that transaction, and a rollback deletes the file again. Only a crash between
 * the file's write and the commit can leave a file that no row names (unreadable without its row's salt).
 */
@Repository
class KeptEvidence {

    private static final Logger log = LoggerFactory.getLogger(KeptEvidence.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final SealedFiles files;

    KeptEvidence(NamedParameterJdbcTemplate jdbc, SealedFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** A kept file: the name offered on download and how to open it. */
    record Stored(AttachmentName name, SealedFiles.Sealed sealed) {}

    /** Seals the file and records it for the bank, in the caller's transaction; the new entries link it with link. */
    UUID keep(String bankId, byte[] content, AttachmentName name, String addedBy, Instant at) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("evidence is kept inside the transaction that adds its entries");
        }
        SealedFiles.Sealed sealed;
        try {
            sealed = files.seal(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        files.delete(sealed);
                    } catch (IOException | RuntimeException e) {
                        log.warn("Could not delete evidence file {} of a rolled-back upload", sealed.file(), e);
                    }
                }
            }
        });
        jdbc.update(
                "INSERT INTO content_evidence (id, bank_id, name, size, sha256, key_id, salt, nonce_prefix, segments,"
                        + " file, added_by, added_at) VALUES (:id, :bank, :name, :size, :sha, :keyId, :salt, :prefix,"
                        + " :segments, :file, :by, :at)",
                new MapSqlParameterSource()
                        .addValue("id", sealed.id())
                        .addValue("bank", bankId)
                        .addValue("name", name.value())
                        .addValue("size", sealed.size())
                        .addValue("sha", sealed.sha256())
                        .addValue("keyId", sealed.keyId())
                        .addValue("salt", sealed.salt())
                        .addValue("prefix", sealed.prefix())
                        .addValue("segments", sealed.segments())
                        .addValue("file", sealed.file())
                        .addValue("by", addedBy)
                        .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
        return sealed.id();
    }

    void link(UUID evidence, List<Long> entries) {
        jdbc.update(
                "UPDATE content_entries SET evidence_id = :evidence WHERE id = ANY(:ids)",
                new MapSqlParameterSource()
                        .addValue("evidence", evidence)
                        .addValue("ids", entries.toArray(Long[]::new)));
    }

    /**
     * Decrypts a kept file into {@code out}, after checking the whole of it against its checksum (so nothing of a
     * damaged file is sent); false when it does not match.
     */
    boolean open(Stored stored, OutputStream out) throws IOException {
        if (!files.open(stored.sealed(), OutputStream.nullOutputStream())) {
            return false;
        }
        return files.open(stored.sealed(), out);
    }

    /** The file an entry came from, when it was kept. */
    Optional<Stored> ofEntry(long entryId) {
        return jdbc
                .query(
                        "SELECT v.* FROM content_evidence v JOIN content_entries e ON e.evidence_id = v.id"
                                + " WHERE e.id = :id",
                        Map.of("id", entryId),
                        (rs, row) -> new Stored(
                                new AttachmentName(rs.getString("name")),
                                new SealedFiles.Sealed(
                                        rs.getObject("id", UUID.class),
                                        rs.getLong("size"),
                                        rs.getString("sha256"),
                                        rs.getString("key_id"),
                                        rs.getBytes("salt"),
                                        rs.getBytes("nonce_prefix"),
                                        rs.getInt("segments"),
                                        rs.getString("file"))))
                .stream()
                .findFirst();
    }
}
