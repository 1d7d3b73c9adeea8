-- What the gate (or the reviewer) judged before the requester edited the request: its findings and the request as it
-- was then, so the review page shows the earlier findings and what changed since.
ALTER TABLE notices ADD COLUMN earlier_findings jsonb;
ALTER TABLE notices ADD COLUMN earlier_request jsonb;
