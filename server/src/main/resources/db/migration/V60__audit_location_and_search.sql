-- The place of an operation (a screening check's post) and the indexes the auditor's searches use.
--
-- location: where the caller says it acted (X-Location of a check, "border console"); empty when it has no place.
-- audit_append (redefined in V80) takes it as a tenth array and hashes it after the outcome when it is not empty,
-- exactly as AuditChain.hash does, so every row written before keeps its hash. It also keeps a row's time never
-- earlier than the previous row's: a caller reads the clock before it waits for the chain lock, so rows could land
-- slightly out of time order; with time ascending along the chain, a time window is one range of sequence numbers,
-- which every index below can walk (AuditEntries).

ALTER TABLE audit_log ADD COLUMN location text NOT NULL DEFAULT '';

DROP FUNCTION audit_append(bigint, timestamptz, text[], text[], text[], text[], text[], text[], text[]);

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
