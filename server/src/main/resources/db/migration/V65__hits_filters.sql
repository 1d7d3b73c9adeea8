-- The hit list pages in deadline order (overdue first) and filters by status.
CREATE INDEX hits_deadline ON hits (deadline, id);
CREATE INDEX hits_status ON hits (status, created_at DESC, id);
