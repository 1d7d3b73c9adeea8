-- The cyber report a notice refers to (its STIX id, report--<UUID>), checked when the notice is written: the writer
-- must see the report. A reader sees the link only when they may see the report too.
ALTER TABLE notices ADD COLUMN cyber_report text;
