-- A person's sessions carry the generation they were signed in at (members.PersonSessions); disabling the account
-- moves it on, so every session of that person, on every node, ends at its next request.
ALTER TABLE users ADD COLUMN session_generation bigint NOT NULL DEFAULT 0;
