-- Referrals and removal orders (module content): a bureau asks a platform or another bureau to review (REFERRAL) or
-- to remove within one hour (REMOVAL_ORDER) a URL or an item. The access columns are those of every shared item; the
-- addressed bureau sees what is sent to it besides.

CREATE TABLE content_referrals (
    id               uuid        PRIMARY KEY,
    seq              bigserial   NOT NULL UNIQUE,          -- keyset pagination (newest first) and the reference
    kind             text        NOT NULL CHECK (kind IN ('REMOVAL_ORDER', 'REFERRAL')),
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'ACTED')),
    owner            text        NOT NULL,
    classification   smallint    NOT NULL,
    audience         text        NOT NULL,
    countries        text[]      NOT NULL DEFAULT '{}',
    to_bureau        text,                                 -- addressed to a bureau (alpha-2 or GS) …
    to_platform      text,                                 -- … or to an online service provider
    to_contact       text,
    url              text,
    item             text,
    grounds          text        NOT NULL,
    evidence         jsonb       NOT NULL,                 -- {"hashes": [...], "labels": [...], "entries": [...]}
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    deadline         timestamptz,                          -- removal orders: sent_at + 1 hour
    acknowledged_at  timestamptz,
    acted_at         timestamptz,
    version          bigint      NOT NULL DEFAULT 0,
    CHECK ((to_bureau IS NULL) <> (to_platform IS NULL)),
    CHECK (url IS NOT NULL OR item IS NOT NULL)
);

CREATE INDEX content_referrals_owner ON content_referrals (owner, seq);
CREATE INDEX content_referrals_to_bureau ON content_referrals (to_bureau, seq) WHERE to_bureau IS NOT NULL;
-- Overdue orders for the home page: sent or acknowledged, not acted on, by deadline.
CREATE INDEX content_referrals_open_deadline ON content_referrals (deadline)
    WHERE kind = 'REMOVAL_ORDER' AND status IN ('SENT', 'ACKNOWLEDGED');

-- Each step with who took it and when, shown on the referral and in its PDF (the audit log holds the tamper-evident
-- copy with the purpose).
CREATE TABLE content_referral_history (
    referral_id  uuid        NOT NULL REFERENCES content_referrals (id) ON DELETE CASCADE,
    n            integer     NOT NULL,
    at           timestamptz NOT NULL,
    actor        text        NOT NULL,
    bureau       text        NOT NULL,
    step         text        NOT NULL,
    note         text,
    PRIMARY KEY (referral_id, n)
);
