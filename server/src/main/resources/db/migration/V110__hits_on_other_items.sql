-- Hits that other modules raise on their own items (a hash-bank entry, a threat indicator …) through
-- screening.HitRaiser: the item's one-line summary, and the page that shows it (NULL for screening's own records, whose
-- page follows from their kind).

ALTER TABLE hits ADD COLUMN summary text NOT NULL DEFAULT '';
ALTER TABLE hits ADD COLUMN page text;
