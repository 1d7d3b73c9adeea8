package org.interlink.records;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One page of the officer's search: the records, how many the viewer may see in all, and where the previous and next
 * pages start. Public: templates read it.
 *
 * @param scores for a search by name, each record's name score in [0, 1] by id; records found by their number or
 *     reference only have none
 * @param firstPosition the 1-based position of the first item among all results, for a ranked search; 0 otherwise
 */
public record ResultPage(
        List<StoredRecord> items,
        long total,
        Map<String, Double> scores,
        @Nullable Step previous,
        @Nullable Step next,
        int firstPosition) {

    /** A query parameter that opens a neighbouring page: {@code cursor}, {@code before} or {@code page}. */
    public record Step(String parameter, String value) {}

    public boolean ranked() {
        return firstPosition > 0;
    }

    /** The name score of a record as a whole percentage, or null when it was found by number or reference. */
    public @Nullable Long percent(String id) {
        Double score = scores.get(id);
        return score == null ? null : Math.round(score * 100);
    }

    static ResultPage empty() {
        return new ResultPage(List.of(), 0, Map.of(), null, null, 0);
    }
}
