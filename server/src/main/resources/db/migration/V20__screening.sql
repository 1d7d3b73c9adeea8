-- Screening: hits raised by border and national checks, and the dismissed pairs that must not be raised again.

CREATE TABLE hits (
    id               text        PRIMARY KEY,
    created_at       timestamptz NOT NULL,
    deadline         timestamptz NOT NULL,            -- the owner must answer within 12 hours (SIRENE practice)
    searcher_bureau  text        NOT NULL,
    searcher_actor   text        NOT NULL,
    purpose          text        NOT NULL,
    location         text        NOT NULL DEFAULT '', -- where the check happened, as the searcher said (e.g. a border post)
    owner            text        NOT NULL,            -- the bureau that owns the matched record
    record_kind      text        NOT NULL,            -- PERSON, DOCUMENT, VEHICLE
    record_id        text        NOT NULL,
    record_version   bigint      NOT NULL,
    score            double precision NOT NULL,
    matched          text        NOT NULL,            -- the matched name, number or VIN
    traveller_key    text        NOT NULL,            -- the normalised query, to remember dismissals
    silent           boolean     NOT NULL,            -- the searcher may not see the record: only the owner is told
    action           text        NOT NULL,
    status           text        NOT NULL,            -- OPEN, CONFIRMED, DISMISSED
    decided_by       text,
    decided_at       timestamptz,
    decision_note    text,
    owner_seen_at    timestamptz
);
CREATE INDEX hits_owner ON hits (owner, created_at DESC, id);
CREATE INDEX hits_searcher ON hits (searcher_bureau, created_at DESC, id) WHERE NOT silent;

CREATE TABLE hit_dismissals (
    traveller_key  text   NOT NULL,
    record_id      text   NOT NULL,
    record_version bigint NOT NULL,
    hit_id         text   NOT NULL REFERENCES hits (id),
    PRIMARY KEY (traveller_key, record_id, record_version)
);
