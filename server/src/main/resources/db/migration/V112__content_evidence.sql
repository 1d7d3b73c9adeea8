-- Content: a submitted file kept as evidence (docs/CONTENT.md), encrypted as message attachments are: the sealing
-- parameters here, the ciphertext in a file of the attachment directory named by `file`. Messaging's housekeeping
-- deletes only files its own attachment_blobs rows name, so these are never swept. The entries the file gave point
-- at it; it is visible exactly when they (their bank) are.

CREATE TABLE content_evidence (
    id           uuid        PRIMARY KEY,
    bank_id      text        NOT NULL REFERENCES content_banks (id),
    name         text        NOT NULL,               -- the sanitised file name, offered on download
    size         bigint      NOT NULL,
    sha256       text        NOT NULL,               -- of the plaintext, checked on every download
    key_id       text        NOT NULL,
    salt         bytea       NOT NULL,
    nonce_prefix bytea       NOT NULL,
    segments     integer     NOT NULL,
    file         text        NOT NULL,
    added_by     text        NOT NULL,
    added_at     timestamptz NOT NULL
);

ALTER TABLE content_entries ADD COLUMN evidence_id uuid REFERENCES content_evidence (id);
