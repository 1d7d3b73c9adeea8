-- TAXII 2.1 feeds: collections of remote TAXII servers pulled on a schedule into a bureau's STIX objects.
-- The cursor (added_after) is the last X-TAXII-Date-Added-Last the server sent, kept as the server wrote it and
-- updated in the transaction that stores the objects of that page, so a crash neither loses nor duplicates.
-- Secrets are never stored: secret_ref names the property (or environment variable) that holds them.
CREATE TABLE cyber_feeds (
    id              uuid        PRIMARY KEY,
    owner           text        NOT NULL,
    api_root        text        NOT NULL,
    collection      text        NOT NULL,
    auth            text        NOT NULL,
    token_url       text,
    client_id       text,
    secret_ref      text,
    interval_s      integer     NOT NULL,
    enabled         boolean     NOT NULL,
    classification  smallint    NOT NULL,
    audience        text        NOT NULL,
    countries       text[]      NOT NULL,
    run_as          text        NOT NULL,
    clearance       smallint    NOT NULL,
    added_after     text,
    next_pull_at    timestamptz NOT NULL,
    pulling_until   timestamptz,
    last_pull_at    timestamptz,
    last_success_at timestamptz,
    last_error      text,
    last_error_at   timestamptz,
    objects_pulled  bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL
);
CREATE INDEX cyber_feeds_due ON cyber_feeds (next_pull_at) WHERE enabled;
CREATE INDEX cyber_feeds_owner ON cyber_feeds (owner);
