package org.interlink.bench.eval;

/**
 * One row of the Wikidata transliteration fixture: a Latin name part and the same part in another script.
 *
 * @param language the file's language, e.g. {@code russian}
 */
record NamePair(String language, String latin, String target) {}
