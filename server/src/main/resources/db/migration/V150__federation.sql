-- Federation: national nodes over Kafka (docs/FEDERATION.md). Both roles run the same migrations; each uses its own
-- tables.

-- At the centre: the restriction each record was last published to the nodes with. Its audience among the nodes is
-- who holds the record now; the publisher compares it with the audience after a change to send tombstones.
CREATE TABLE federation_published (
    item_id        text     PRIMARY KEY,
    owner          text     NOT NULL,
    classification smallint NOT NULL,
    audience       text     NOT NULL,
    countries      text[]   NOT NULL,
    version        bigint   NOT NULL
);

-- On a node: the next offset to read per partition of its topic, written in the same transaction as the mirror
-- changes it covers, so nothing is applied twice or skipped across a crash.
CREATE TABLE federation_offsets (
    topic       text        NOT NULL,
    partition   int         NOT NULL,
    next_offset bigint      NOT NULL,
    applied_at  timestamptz NOT NULL,
    PRIMARY KEY (topic, partition)
);

-- On a node: when it last read everything committed to its topic (the mirror's "as of").
CREATE TABLE federation_contact (
    topic       text        PRIMARY KEY,
    caught_up_at timestamptz NOT NULL
);
