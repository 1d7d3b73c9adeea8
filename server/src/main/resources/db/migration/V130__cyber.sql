-- STIX 2.1 objects, every version, as their JSON with the columns that access, lists and checks filter on.
-- Key: (owner, id, modified): two bureaus may hold the same STIX object (e.g. both imported ATT&CK), and each
-- bureau's copy is protected by its own markings and restriction.
CREATE TABLE cyber_objects (
    row_id         bigserial PRIMARY KEY,
    owner          text        NOT NULL,
    id             text        NOT NULL,
    type           text        NOT NULL,
    modified       timestamptz NOT NULL,
    latest         boolean     NOT NULL,
    classification smallint    NOT NULL,
    audience       text        NOT NULL,
    countries      text[]      NOT NULL,
    tlp            smallint    NOT NULL,
    markings       text[]      NOT NULL,
    valid_from     timestamptz,
    valid_until    timestamptz,
    confidence     smallint,
    revoked        boolean     NOT NULL,
    date_added     timestamptz NOT NULL,
    body           jsonb       NOT NULL,
    UNIQUE (owner, id, modified)
);
CREATE UNIQUE INDEX cyber_objects_latest ON cyber_objects (owner, id) WHERE latest;
CREATE INDEX cyber_objects_id ON cyber_objects (id);
CREATE INDEX cyber_objects_type ON cyber_objects (type) WHERE latest;
CREATE INDEX cyber_objects_added ON cyber_objects (date_added, row_id);

-- Sightings filed against an indicator (owner's copy), counted per indicator for its owner.
CREATE TABLE cyber_sightings (
    sighting_id     text        PRIMARY KEY,
    indicator_owner text        NOT NULL,
    indicator_id    text        NOT NULL,
    bureau          text        NOT NULL,
    count           integer     NOT NULL,
    filed_at        timestamptz NOT NULL
);
CREATE INDEX cyber_sightings_indicator ON cyber_sightings (indicator_owner, indicator_id);
