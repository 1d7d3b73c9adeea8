-- Records: the shared databases (persons, travel documents, vehicles, firearms, works of art).
-- One table for the five kinds: the columns every kind shares (access, review, who and when) and the columns lists
-- filter on, plus the kind's own fields as validated JSON (body). Ids start with the kind's prefix and are
-- time-ordered, so the primary key alone serves "newest first" lists of one kind.

CREATE TABLE records (
    id               text        PRIMARY KEY,
    kind             text        NOT NULL,
    owner            text        NOT NULL,             -- bureau: alpha-2 code or GS
    classification   smallint    NOT NULL,             -- ordinal of access.Classification
    audience         text        NOT NULL,             -- ALL, ONLY, EXCEPT
    countries        text[]      NOT NULL,
    external_id      text,                             -- the owner's own reference; imports are idempotent by it
    version          bigint      NOT NULL,
    body             jsonb       NOT NULL,             -- the record as validated (API field names)
    label            text        NOT NULL,             -- what a list shows: primary name, document number...
    search           text        NOT NULL,             -- lower-case text a search matches against
    status           text,
    country          text,                             -- the country lists filter on (alpha-2)
    categories       text[]      NOT NULL,
    review_by        date        NOT NULL,
    review_due_since timestamptz,                      -- set by the retention job once review_by has passed
    created_at       timestamptz NOT NULL,
    created_by       text        NOT NULL,
    updated_at       timestamptz NOT NULL,
    updated_by       text        NOT NULL,
    change_purpose   text        NOT NULL              -- why the current version was written
);

CREATE UNIQUE INDEX records_external_id ON records (kind, owner, external_id);

-- Superseded versions (the current one is in records). Erased with the record.
CREATE TABLE record_versions (
    record_id      text        NOT NULL,
    version        bigint      NOT NULL,
    owner          text        NOT NULL,
    classification smallint    NOT NULL,
    audience       text        NOT NULL,
    countries      text[]      NOT NULL,
    body           jsonb       NOT NULL,
    review_by      date        NOT NULL,
    changed_at     timestamptz NOT NULL,
    changed_by     text        NOT NULL,
    change_purpose text        NOT NULL,
    PRIMARY KEY (record_id, version)
);

CREATE TABLE record_photos (
    record_id    text        NOT NULL REFERENCES records (id) ON DELETE CASCADE,
    n            int         NOT NULL,
    content_type text        NOT NULL,
    bytes        bytea       NOT NULL,
    added_at     timestamptz NOT NULL,
    added_by     text        NOT NULL,
    PRIMARY KEY (record_id, n)
);

CREATE TABLE record_imports (
    id          text        PRIMARY KEY,
    kind        text        NOT NULL,
    owner       text        NOT NULL,
    actor       text        NOT NULL,
    source      text        NOT NULL,                  -- ndjson, un-consolidated, demo
    state       text        NOT NULL,                  -- RUNNING, DONE, FAILED
    lines       bigint      NOT NULL DEFAULT 0,
    created     bigint      NOT NULL DEFAULT 0,
    updated     bigint      NOT NULL DEFAULT 0,
    unchanged   bigint      NOT NULL DEFAULT 0,
    removed     bigint      NOT NULL DEFAULT 0,
    rejected    bigint      NOT NULL DEFAULT 0,
    rejections  jsonb       NOT NULL DEFAULT '[]',     -- the first rejected lines and why
    source_date text,                                  -- the UN list's dateGenerated
    message     text,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz
);
CREATE INDEX record_imports_owner ON record_imports (owner, started_at DESC);
