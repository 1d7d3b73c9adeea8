-- TAXII 2.1 status resources: the outcome of each POST of objects, readable by the client that sent it only.
CREATE TABLE taxii_statuses (
    id         uuid        PRIMARY KEY,
    actor      text        NOT NULL,
    bureau     text        NOT NULL,
    created    timestamptz NOT NULL,
    body       jsonb       NOT NULL
);
