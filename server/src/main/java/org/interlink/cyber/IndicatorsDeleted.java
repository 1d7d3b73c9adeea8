package org.interlink.cyber;

import java.util.List;

/**
 * Versions of an owner's objects deleted (through TAXII), published inside the delete's transaction: the check index
 * drops each id and takes up the latest version left, if any.
 */
public record IndicatorsDeleted(String owner, List<String> ids) {}
