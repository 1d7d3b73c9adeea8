-- Tamper evidence beyond the chain (docs/ARCHITECTURE.md, "Audit log").
--
-- audit_head: the chain's high-water mark, advanced by audit_append in the appending transaction. Appends continue
-- from it, not from max(seq): removing the newest rows cannot free their sequence numbers, and the verifier compares
-- the last row with it.
CREATE TABLE audit_head (
    one  boolean  PRIMARY KEY DEFAULT true CHECK (one),
    seq  bigint   NOT NULL,
    hash char(64) NOT NULL
);
INSERT INTO audit_head (seq, hash)
SELECT coalesce(max(seq), 0),
       coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1), repeat('0', 64))
FROM audit_log;

CREATE FUNCTION audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' OR NEW.seq < OLD.seq THEN
        RAISE EXCEPTION 'audit_head only moves forward';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_head_forward BEFORE UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION audit_head_forward_only();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_head_forward_only();

-- The log's identity, named in every signed checkpoint: a witness holds checkpoints of many logs (a restored backup
-- keeps the identity; a new database gets a new one).
CREATE TABLE audit_log_identity (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    id  uuid    NOT NULL DEFAULT gen_random_uuid()
);
INSERT INTO audit_log_identity DEFAULT VALUES;

-- Signed checkpoints (tree size, root hash, time), newest last; served to witnesses that poll over HTTP.
CREATE TABLE audit_checkpoint (
    size      bigint      PRIMARY KEY,
    root      char(64)    NOT NULL,
    at        timestamptz NOT NULL,
    key_id    text        NOT NULL,
    signature text        NOT NULL
);

-- Hashes of complete subtrees of the RFC 9162 Merkle tree over the log (subtree `idx` at `level` covers leaves
-- idx·2^level … (idx+1)·2^level − 1), kept from level 8 (256 leaves) up, so that a proof or a restart reads at most a
-- few hundred rows instead of the whole log.
CREATE TABLE audit_tree_node (
    level smallint NOT NULL,
    idx   bigint   NOT NULL,
    hash  bytea    NOT NULL,
    PRIMARY KEY (level, idx)
);

-- As in V41, with the post (V60's location column) and a time never earlier than the previous row's, and continuing
-- from audit_head, which it advances.
CREATE FUNCTION audit_append(
    lock_key bigint,
    appended_at timestamptz,
    actors text[],
    bureaus text[],
    operations text[],
    object_types text[],
    object_ids text[],
    purposes text[],
    outcomes text[],
    locations text[]) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    head_seq bigint;
    head_hash text;
    head_at timestamptz;
    next_hash text;
    micros text;
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    -- READ COMMITTED: this statement's snapshot is taken after the lock was granted, so it sees the head committed
    -- by the previous holder.
    SELECT seq, hash INTO head_seq, head_hash FROM audit_head;
    SELECT at INTO head_at FROM audit_log WHERE seq = head_seq;
    appended_at := greatest(appended_at, head_at); -- greatest ignores a missing head row's null
    micros := ((extract(epoch FROM appended_at) * 1000000)::bigint)::text;
    FOR i IN 1 .. coalesce(array_length(actors, 1), 0) LOOP
        head_seq := head_seq + 1;
        next_hash := encode(sha256(convert_to(
                audit_chain_field(head_seq::text) || audit_chain_field(micros) || audit_chain_field(actors[i])
                || audit_chain_field(bureaus[i]) || audit_chain_field(operations[i])
                || audit_chain_field(object_types[i]) || audit_chain_field(object_ids[i])
                || audit_chain_field(purposes[i]) || audit_chain_field(outcomes[i])
                || CASE WHEN locations[i] = '' THEN '' ELSE audit_chain_field(locations[i]) END
                || audit_chain_field(head_hash),
                'UTF8')), 'hex');
        INSERT INTO audit_log (seq, at, actor, bureau, operation, object_type, object_id, purpose, outcome, location,
                               prev_hash, hash)
        VALUES (head_seq, appended_at, actors[i], bureaus[i], operations[i], object_types[i], object_ids[i], purposes[i],
                outcomes[i], locations[i], head_hash, next_hash);
        head_hash := next_hash;
    END LOOP;
    UPDATE audit_head SET seq = head_seq, hash = head_hash;
    RETURN head_seq;
END;
$$;
