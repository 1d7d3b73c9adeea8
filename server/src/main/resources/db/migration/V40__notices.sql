-- Notices and diffusions: the request as submitted (JSON), its workflow state, the gate's findings, and the
-- access columns every shared item carries (owner, classification, audience, countries) so lists filter in SQL.

CREATE TABLE notices (
    id               text        PRIMARY KEY,
    seq              bigserial   NOT NULL UNIQUE,          -- keyset pagination, newest first
    kind             text        NOT NULL CHECK (kind IN ('NOTICE', 'DIFFUSION')),
    type             text        NOT NULL,                 -- NoticeType (the rules a diffusion meets)
    diffusion_type   text,                                 -- WANTED, MISSING, … for a diffusion
    status           text        NOT NULL,
    owner            text        NOT NULL,                 -- requesting bureau, ISO alpha-2
    classification   smallint    NOT NULL,
    audience         text        NOT NULL,
    countries        text[]      NOT NULL DEFAULT '{}',
    person_id        text,                                 -- the subject's person record
    subject_name     text        NOT NULL DEFAULT '',      -- for lists and the public search
    subject_birth    text,                                 -- partial date of birth, for the public search
    subject_sex      text,
    subject_nationalities text[] NOT NULL DEFAULT '{}',
    public_extract   boolean     NOT NULL DEFAULT false,
    request          jsonb       NOT NULL,
    findings         jsonb       NOT NULL DEFAULT '[]',
    reason           text,                                 -- the last decision's or cancellation's reason
    created_at       timestamptz NOT NULL,
    submitted_at     timestamptz,
    decided_at       timestamptz,
    published_at     timestamptz,
    expires_at       timestamptz,
    reminded_at      timestamptz,                          -- renewal reminder sent for the current term
    closed_at        timestamptz,
    version          bigint      NOT NULL DEFAULT 0
);

CREATE INDEX notices_status_expiry ON notices (status, expires_at);
CREATE INDEX notices_owner ON notices (owner, seq);
CREATE INDEX notices_public ON notices (type, seq) WHERE public_extract AND status = 'PUBLISHED';

-- The notice's own history: every step with its actor and reason, shown on the notice (the audit log holds the
-- tamper-evident copy of each step).
CREATE TABLE notice_history (
    notice_id  text        NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
    n          integer     NOT NULL,
    at         timestamptz NOT NULL,
    actor      text        NOT NULL,
    bureau     text        NOT NULL,
    step       text        NOT NULL,
    reason     text,
    PRIMARY KEY (notice_id, n)
);

CREATE TABLE notice_photos (
    notice_id    text  PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
    content_type text  NOT NULL,
    bytes        bytea NOT NULL
);
