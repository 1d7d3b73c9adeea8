package org.interlink.records;

/** A person record was replaced by a new version. Published in the write transaction, delivered after commit. */
public record PersonUpdated(PersonSnapshot person) {}
