package org.interlink.matching;

/**
 * Receives each stage of a search (normalised query, blocking keys, candidate counts, per-candidate scores) so an
 * officer or an auditor can see why a traveller matched, or did not. Off by default: with {@link #NONE} no stage text
 * is even built.
 *
 * <p>Example: {@code index.search(query, 10, 0.8, (stage, detail) -> log.info("{}: {}", stage, detail))}.
 */
@FunctionalInterface
public interface ExplanationSink {

    /** The sink that records nothing; searches check {@link #enabled()} and skip all explanation work. */
    ExplanationSink NONE = new ExplanationSink() {
        @Override
        public void record(String stage, String detail) {}

        @Override
        public boolean enabled() {
            return false;
        }
    };

    /**
     * Records one stage.
     *
     * @param stage {@code query}, {@code keys}, {@code candidates} or {@code score}
     * @param detail human-readable text for that stage
     */
    void record(String stage, String detail);

    /** Whether this sink wants records; false only for {@link #NONE}. */
    default boolean enabled() {
        return true;
    }
}
