-- When an import last committed a batch: an import that has made no progress for a long time was interrupted (the
-- node running it stopped) and is marked FAILED instead of showing RUNNING for ever.
ALTER TABLE record_imports ADD COLUMN progress_at timestamptz;
UPDATE record_imports SET progress_at = coalesce(finished_at, started_at);
