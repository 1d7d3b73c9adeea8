-- The place of an operation (a screening check's post) and the indexes the auditor's searches use.
--
-- location: where the caller says it acted (X-Location of a check, "border console"); empty when it has no place.
-- audit_append now takes it as a tenth array and hashes it after the outcome when it is not empty, exactly as
-- AuditChain.hash does, so every row written before keeps its hash.
--
-- at: never earlier than the previous row's. A caller reads the clock before it waits for the chain lock, so rows could
-- land slightly out of time order; with time ascending along the chain, a time window is one range of sequence
-- numbers, which every index below can walk (AuditEntries).

ALTER TABLE audit_log ADD COLUMN location text NOT NULL DEFAULT '';

DROP FUNCTION audit_append(bigint, timestamptz, text[], text[], text[], text[], text[], text[], text[]);

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
    -- READ COMMITTED: this statement's snapshot is taken after the lock was granted, so it sees every row committed
    -- by the previous holder.
    SELECT seq, hash, at INTO head_seq, head_hash, head_at FROM audit_log ORDER BY seq DESC LIMIT 1;
    IF NOT FOUND THEN
        head_seq := 0;
        head_hash := repeat('0', 64);
    END IF;
    appended_at := greatest(appended_at, head_at);
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
    RETURN head_seq;
END;
$$;

-- Every filter of GET /api/v1/audit/entries walks an index in sequence order, so a page of the newest matching rows
-- reads about as many index entries as it answers, however long the log (keyset paging on seq, never OFFSET).
-- They replace the index on (bureau, actor, at), which no search could walk in sequence order.
DROP INDEX audit_log_actor;
DROP INDEX audit_log_object;
CREATE INDEX audit_log_actor_seq ON audit_log (actor, seq);
CREATE INDEX audit_log_bureau_seq ON audit_log (bureau, seq);
CREATE INDEX audit_log_operation_seq ON audit_log (operation, seq);
CREATE INDEX audit_log_purpose_seq ON audit_log (purpose, seq);
CREATE INDEX audit_log_location_seq ON audit_log (location, seq) WHERE location <> '';
-- A screening row names every record it matched, comma-separated: "who consulted record X" looks for X among them.
CREATE INDEX audit_log_object_ids ON audit_log USING gin (string_to_array(object_id, ','));
-- Finds the first and last sequence numbers of a time window.
CREATE INDEX audit_log_at ON audit_log (at, seq);
