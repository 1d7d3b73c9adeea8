-- The review page and the home page's "due for review" figure look up a bureau's marked records: a partial index
-- holds only those, so it costs nothing on imports and stays tiny.
CREATE INDEX records_review_due ON records (owner, kind) WHERE review_due_since IS NOT NULL;
