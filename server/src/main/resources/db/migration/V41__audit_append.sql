-- Appending to the audit chain in one statement: the chain lock, the head, the hashes and the inserts travel in one
-- round trip, and outside a transaction the commit too. Called by AuditLog; the hashes must be exactly those of
-- AuditChain.hash (the Java verifier checks them): SHA-256 over every field as its UTF-8 byte length in decimal, a
-- colon and the field, in the order sequence, time in microseconds since the epoch, actor, bureau, operation, object
-- type, object id, purpose, outcome, previous hash. The arrays hold one element per row, in append order.

CREATE FUNCTION audit_chain_field(field text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT octet_length(convert_to(field, 'UTF8'))::text || ':' || field
$$;

CREATE FUNCTION audit_append(
    lock_key bigint,
    appended_at timestamptz,
    actors text[],
    bureaus text[],
    operations text[],
    object_types text[],
    object_ids text[],
    purposes text[],
    outcomes text[]) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    head_seq bigint;
    head_hash text;
    next_hash text;
    micros text := ((extract(epoch FROM appended_at) * 1000000)::bigint)::text;
BEGIN
    PERFORM pg_advisory_xact_lock(lock_key);
    -- READ COMMITTED: this statement's snapshot is taken after the lock was granted, so it sees every row committed
    -- by the previous holder.
    SELECT seq, hash INTO head_seq, head_hash FROM audit_log ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        head_seq := 0;
        head_hash := repeat('0', 64);
    END IF;
    FOR i IN 1 .. coalesce(array_length(actors, 1), 0) LOOP
        head_seq := head_seq + 1;
        next_hash := encode(sha256(convert_to(
                audit_chain_field(head_seq::text) || audit_chain_field(micros) || audit_chain_field(actors[i])
                || audit_chain_field(bureaus[i]) || audit_chain_field(operations[i])
                || audit_chain_field(object_types[i]) || audit_chain_field(object_ids[i])
                || audit_chain_field(purposes[i]) || audit_chain_field(outcomes[i]) || audit_chain_field(head_hash),
                'UTF8')), 'hex');
        INSERT INTO audit_log (seq, at, actor, bureau, operation, object_type, object_id, purpose, outcome, prev_hash,
                               hash)
        VALUES (head_seq, appended_at, actors[i], bureaus[i], operations[i], object_types[i], object_ids[i], purposes[i],
                outcomes[i], head_hash, next_hash);
        head_hash := next_hash;
    END LOOP;
    RETURN head_seq;
END;
$$;
