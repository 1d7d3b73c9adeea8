-- The audit log: append-only, one row per processing operation, chained by SHA-256.

CREATE TABLE audit_log (
    seq         bigint      PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    bureau      text        NOT NULL,
    operation   text        NOT NULL,
    object_type text        NOT NULL,
    object_id   text        NOT NULL,
    purpose     text        NOT NULL,
    outcome     text        NOT NULL,
    prev_hash   char(64)    NOT NULL,
    hash        char(64)    NOT NULL
);
CREATE INDEX audit_log_actor ON audit_log (bureau, actor, at);
CREATE INDEX audit_log_object ON audit_log (object_type, object_id);

-- Rows are never changed or removed by the application; the database refuses it too. (An administrator who
-- disables this trigger can still tamper: that is what the hash chain and its verifier are for.)
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
