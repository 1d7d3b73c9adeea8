package org.interlink.bench.eval;

import java.util.List;

/** A name matcher under evaluation: index names, then return the best candidates for a query. */
interface Matcher extends AutoCloseable {

    /** A ranked candidate with the matcher's own score (not comparable across matchers). */
    record Candidate(int id, double score) {}

    String name();

    /** Indexes names by id (ids are positions in the list, already shuffled). */
    void index(List<String> names) throws Exception;

    /** Up to {@code k} candidates, best first. */
    List<Candidate> top(String query, int k) throws Exception;

    /** The matcher's natural decision threshold: a candidate scoring at least this is an alert. */
    double naturalThreshold();

    @Override
    default void close() throws Exception {}
}
