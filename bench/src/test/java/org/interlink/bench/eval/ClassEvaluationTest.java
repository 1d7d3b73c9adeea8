package org.interlink.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small run of the per-class scenarios (public figures, unspaced names, the UN list, CJK names from Unihan; 40 queries
 * per language, 2,000 distractors, Interlink and exact-after-ICU) as a regression floor beside {@link
 * NameEvaluationTest}; the full figures come from the NameEvaluation main class. Skipped without ../shared/fixtures.
 */
class ClassEvaluationTest {

    @Test
    void interlinkStaysAboveItsFloorsPerScenarioAndAboveTheExactBaseline() throws Exception {
        String fixtures = System.getProperty("interlink.fixtures", "../shared/fixtures");
        assumeTrue(
                Files.isDirectory(Path.of(fixtures, "names", "wikidata-translit"))
                        && Files.exists(UnList.file(Path.of(fixtures))),
                "fixtures absent at " + fixtures + " (see ../shared/fixtures/README.md): evaluation skipped");
        NameEvaluation evaluation = new NameEvaluation(Map.of(
                "fixtures", fixtures,
                "split", "16",
                "per-language", "40",
                "distractors", "2000",
                "matchers", "interlink,exact",
                "scenarios", "figures,unspaced,un,cjk"));

        evaluation.run();

        // Floors a little under what this size measured on 2026-12-08 (recall@10: public figures 0.903, unspaced 0.933,
        // UN list 1.000, CJK 0.908), so a regression fails the build.
        assertFloor(evaluation.results().get("Public"), 0.87);
        assertFloor(evaluation.results().get("Unspaced:"), 0.90);
        assertFloor(evaluation.results().get("UN"), 0.98);
        assertFloor(evaluation.results().get("CJK"), 0.88);
    }

    private static void assertFloor(List<NameEvaluation.Result> results, double floor) {
        assertThat(results.get(0).recall10())
                .isGreaterThan(floor)
                .isGreaterThan(results.get(1).recall10());
    }
}
