package org.interlink.records;

/** A travel document was reported stolen, lost, revoked or invalidated. Published in the write transaction, delivered after commit. */
public record DocumentReported(DocumentSnapshot document) {}
