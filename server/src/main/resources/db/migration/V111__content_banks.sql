-- Content: hash banks and their entries (docs/CONTENT.md). A bank belongs to a bureau or the GS and carries the usual
-- restriction (access.AccessSql's columns); an entry is visible exactly when its bank is.

CREATE TABLE content_banks (
    id             text        PRIMARY KEY,
    name           text        NOT NULL UNIQUE,       -- HMA answers by bank name, so names are unique
    owner          text        NOT NULL,
    classification smallint    NOT NULL,
    audience       text        NOT NULL,
    countries      text[]      NOT NULL,
    negative       boolean     NOT NULL,              -- known-benign hashes: a match suppresses the signal's hits
    labels         text[]      NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL
);

CREATE TABLE content_entries (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY, -- HMA's bank_content_id is a number
    bank_id     text        NOT NULL REFERENCES content_banks (id),
    signal_type text        NOT NULL,                 -- pdq, md5, sha256, url
    signal      text        NOT NULL,                 -- normalised: lower-case hex, or the normalised URL
    quality     smallint,                             -- PDQ only, 0..100; null when the submitter did not say
    labels      text[]      NOT NULL,
    source      text        NOT NULL,
    added_by    text        NOT NULL,
    added_at    timestamptz NOT NULL,
    enabled     boolean     NOT NULL DEFAULT true,
    version     bigint      NOT NULL DEFAULT 1,       -- raised by every change: a dismissed hit comes back after one
    UNIQUE (bank_id, signal_type, signal)
);
CREATE INDEX content_entries_bank ON content_entries (bank_id, id);
