package org.interlink.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A small run of the name evaluation (60 queries per language, 5,000 distractors, Interlink and exact-after-ICU
 * only) in the default build, as a regression floor; the full evaluation is the NameEvaluation main class.
 * Skipped without ../shared/fixtures.
 */
class NameEvaluationTest {

    @Test
    void interlinkStaysAboveItsRegressionFloorAndAboveTheExactBaseline() throws Exception {
        String fixtures = System.getProperty("interlink.fixtures", "../shared/fixtures");
        assumeTrue(
                Files.isDirectory(Path.of(fixtures, "names", "wikidata-translit")),
                "fixtures absent at " + fixtures + " (see ../shared/fixtures/README.md): evaluation skipped");
        NameEvaluation evaluation = new NameEvaluation(Map.of(
                "fixtures", fixtures,
                "split", "16",
                "per-language", "60",
                "distractors", "5000",
                "matchers", "interlink,exact",
                "scenarios", "toLatin,fromLatin,full,putin"));

        evaluation.run();

        // Floors a little under what this size measured on 2026-11-27 (full names 0.895, other script → Latin 0.726,
        // Putin 0.938 recall@10), so a regression fails the build.
        List<NameEvaluation.Result> full = evaluation.results().get("Full");
        assertThat(full.get(0).recall10())
                .isGreaterThan(0.85)
                .isGreaterThan(full.get(1).recall10());
        List<NameEvaluation.Result> toLatin = evaluation.results().get("Other");
        assertThat(toLatin.get(0).recall10())
                .isGreaterThan(0.68)
                .isGreaterThan(toLatin.get(1).recall10());
        List<NameEvaluation.Result> putin = evaluation.results().get("OpenSanctions:");
        assertThat(putin.get(0).recall10()).isGreaterThan(0.9);
    }
}
