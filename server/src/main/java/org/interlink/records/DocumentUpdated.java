package org.interlink.records;

/** A travel document record was replaced by a new version. Published in the write transaction, delivered after commit. */
public record DocumentUpdated(DocumentSnapshot document) {}
