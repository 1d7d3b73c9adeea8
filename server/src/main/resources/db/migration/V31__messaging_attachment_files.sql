-- Attachment content moves out of the database into encrypted files (see messaging.AttachmentFiles): a blob row now
-- names its file. Blobs written before this migration keep file NULL and their segments in attachment_segments, and
-- are read from there as before: nothing is moved, nothing is lost.
ALTER TABLE attachment_blobs ADD COLUMN file text;

-- Whether a blob is referenced (clean-up after a failed send, the sweep, and the foreign key check when a blob row is
-- deleted) is a lookup by blob, not a scan of every attachment.
CREATE INDEX message_attachments_blob ON message_attachments (blob_id);
