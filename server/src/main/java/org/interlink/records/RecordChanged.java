package org.interlink.records;

/**
 * A firearm or work-of-art record was created or replaced (persons, documents and vehicles have their own events with
 * a snapshot). Published in the write transaction, delivered after commit.
 *
 * @param version the version now current
 */
public record RecordChanged(RecordKind kind, String id, long version) {}
