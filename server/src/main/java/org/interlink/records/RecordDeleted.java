package org.interlink.records;

/**
 * A record was deleted (by its owner, or by retention): its personal data is gone for good. Consumers drop it from
 * their indexes. Published in the write transaction, delivered after commit.
 */
public record RecordDeleted(RecordKind kind, String id) {}
