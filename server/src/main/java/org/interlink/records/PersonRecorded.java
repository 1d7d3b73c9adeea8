package org.interlink.records;

/** A person record was created. Published in the write transaction, delivered after commit. */
public record PersonRecorded(PersonSnapshot person) {}
