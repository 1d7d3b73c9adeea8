package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenSignaturesTest {

    @Test
    void skeletonBigramsAreExactBits() {
        // ^B BR RT TM MR R$: rows are the class before (0 boundary, 1-6 B K T S R M, 7 A), columns the class after.
        long expected = 1L << (0 * 7 + 0)
                | 1L << (1 * 7 + 4)
                | 1L << (5 * 7 + 2)
                | 1L << (3 * 7 + 5)
                | 1L << (6 * 7 + 4)
                | 1L << (5 * 7 + 6);
        assertThat(TokenSignatures.skeletonBigrams("BRTMR")).isEqualTo(expected);
        assertThat(TokenSignatures.skeletonBigrams("ART"))
                .isEqualTo(1L << 56 | 1L << (7 * 7 + 4) | 1L << (5 * 7 + 2) | 1L << (3 * 7 + 6));
        assertThat(TokenSignatures.skeletonBigrams("")).isEqualTo(1L << 6);
    }

    @Test
    void diceCountsSharedBits() {
        assertThat(TokenSignatures.dice(0b1011L, 0b0011L)).isCloseTo(0.8, within(1e-12));
        assertThat(TokenSignatures.dice(0L, 0L)).isZero();
    }

    /**
     * The romanisation of a lossy-script name is closer, by signature, to its Latin form than to a distractor that
     * shares its blocking keys: what the first stage of the re-ranking must preserve.
     */
    @ParameterizedTest(name = "{0}: {1} over {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ウラジーミル・プーチン | Vladimir Putin | Valdemar Patton
            萊夫 格拉夫           | Rife Graff     | Ribo Kaleve
            리켈미 후안           | Richelmy Juan  | Rosalind Juan
            习近平               | Xi Jinping     | Xia Jingpeng
            """)
    void prefersTheTransliterationOverADistractor(String query, String truth, String distractor) {
        assertThat(similarity(query, truth)).isGreaterThan(similarity(query, distractor));
    }

    @Property
    void aNameIsFullySimilarToItselfAndScoresStayInRange(
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String a,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String b) {
        String name = a + " " + b;
        Assume.that(NameForm.of(name).tokens().length > 0);
        assertThat(similarity(name, b + " " + a)).isCloseTo(1.0, within(1e-12));
        assertThat(similarity(name, "Vladimir Putin")).isBetween(0.0, 1.0);
    }

    @Test
    void aPersonWithSeveralNamesScoresItsBestName() {
        NameForm[] names = {NameForm.of("Ivan Petrov"), NameForm.of("Vladimir Putin")};
        NameForm query = NameForm.of("Putin Vladimir");
        double s = TokenSignatures.similarity(
                TokenSignatures.of(query), TokenSignatures.weights(query), TokenSignatures.of(names));
        assertThat(s).isCloseTo(1.0, within(1e-12));
    }

    private static double similarity(String query, String candidate) {
        NameForm q = NameForm.of(query);
        return TokenSignatures.similarity(
                TokenSignatures.of(q), TokenSignatures.weights(q), TokenSignatures.of(NameForm.of(candidate)));
    }
}
