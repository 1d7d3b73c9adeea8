-- Messaging: secure messages between bureaus, their recipients (one row per recipient bureau, which also holds the
-- read receipt), attachments and their encrypted content, and the idempotency keys of senders.

CREATE TABLE messages (
    seq            bigint GENERATED ALWAYS AS IDENTITY UNIQUE, -- keyset sort key: the order of sending
    id             uuid        PRIMARY KEY,
    owner          text        NOT NULL,        -- the sender bureau (alpha-2 code or GS)
    sent_by        text        NOT NULL,        -- the user or client that sent it
    classification smallint    NOT NULL,        -- ordinal of Classification
    audience       text        NOT NULL,
    countries      text[]      NOT NULL,
    to_all         boolean     NOT NULL,        -- addressed to every bureau ("to": ["ALL"])
    recipients     text[]      NOT NULL,        -- the recipient bureaus as addressed (empty when to_all)
    subject        text        NOT NULL,
    body           text        NOT NULL,
    priority       text        NOT NULL,        -- ROUTINE or URGENT
    refs           jsonb       NOT NULL,        -- opaque typed references: [{"type": "PERSON", "id": "..."}]
    in_reply_to    uuid        REFERENCES messages (id),
    thread_id      uuid        NOT NULL,        -- the id of the first message of the thread
    forwarded_from uuid        REFERENCES messages (id),
    sent_at        timestamptz NOT NULL,
    search         tsvector    GENERATED ALWAYS AS (
                       setweight(to_tsvector('simple', subject), 'A') || to_tsvector('simple', body)) STORED
);
CREATE INDEX messages_sent ON messages (owner, seq DESC);
CREATE INDEX messages_thread ON messages (thread_id, seq);
CREATE INDEX messages_search ON messages USING gin (search);

-- One row per recipient bureau (every bureau but the sender for "ALL"): the inbox, and the read receipt.
CREATE TABLE message_deliveries (
    bureau      text        NOT NULL,
    message_seq bigint      NOT NULL REFERENCES messages (seq),
    read_at     timestamptz,                    -- first opened by anyone of the bureau
    read_by     text,
    PRIMARY KEY (bureau, message_seq)
);
CREATE INDEX message_deliveries_message ON message_deliveries (message_seq);
CREATE INDEX message_deliveries_unread ON message_deliveries (bureau, message_seq DESC) WHERE read_at IS NULL;

-- Encrypted content, outside the message rows: AES-256-GCM in segments (see AttachmentCipher). A blob may be shared
-- by several attachments (a forwarded message points at the original's blob).
CREATE TABLE attachment_blobs (
    id           uuid        PRIMARY KEY,
    size         bigint      NOT NULL,          -- plaintext bytes
    sha256       char(64)    NOT NULL,          -- of the plaintext, verified on every download
    key_id       text        NOT NULL,          -- fingerprint of the key that encrypted it
    salt         bytea       NOT NULL,          -- per-blob key derivation salt
    nonce_prefix bytea       NOT NULL,
    segments     integer     NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE attachment_segments (
    blob_id uuid    NOT NULL REFERENCES attachment_blobs (id) DEFERRABLE INITIALLY DEFERRED, -- blob row written last
    n       integer NOT NULL,
    data    bytea   NOT NULL,
    PRIMARY KEY (blob_id, n)
);
-- Ciphertext does not compress: store it out of line without trying.
ALTER TABLE attachment_segments ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE message_attachments (
    message_id   uuid   NOT NULL REFERENCES messages (id),
    n            integer NOT NULL,              -- 1, 2, ... in the order sent
    name         text   NOT NULL,               -- sanitised file name
    content_type text   NOT NULL,               -- detected from the bytes
    blob_id      uuid   NOT NULL REFERENCES attachment_blobs (id),
    PRIMARY KEY (message_id, n)
);

-- Idempotency-Key of a send, per sender bureau: a retry answers the first message instead of sending twice.
CREATE TABLE message_idempotency (
    bureau       text        NOT NULL,
    key          text        NOT NULL,
    request_hash char(64)    NOT NULL,
    message_id   uuid        NOT NULL REFERENCES messages (id),
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (bureau, key)
);
