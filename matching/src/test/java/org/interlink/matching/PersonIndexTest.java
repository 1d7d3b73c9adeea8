package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PersonIndexTest {

    private static final PartialDate DOB = PartialDate.parse("1952-10-07");

    private final PersonIndex index = new PersonIndex();

    @Test
    void findsAPersonWrittenInAnotherScriptAmongDistractors() {
        addDistractors(5_000, new Random(7));
        index.put(new PersonEntry("putin", List.of("Владимир Владимирович Путин"), DOB, Set.of("ru"), Sex.MALE));

        List<PersonMatch> matches = index.search(new PersonQuery("PUTIN Vladimir"), 10, 0.0);

        assertThat(matches).first().satisfies(m -> {
            assertThat(m.id()).isEqualTo("putin");
            assertThat(m.matchedName()).isEqualTo("Владимир Владимирович Путин");
            assertThat(m.verdict()).isEqualTo(Verdict.HIT);
            assertThat(m.explanation())
                    .extracting(Feature::name)
                    .containsExactly("name", "rarity", "coverage", "shortness", "dateOfBirth", "nationality", "sex");
        });
    }

    /**
     * Regression: a katakana or hangul name shares only short, common blocking keys with its Latin form (the r that
     * Japanese drops, the ch that hangul writes k); before the deletion keys and the best key per token, distractors
     * sharing one token's keys several ways kept it out of the scored candidates.
     */
    @Test
    void findsLossyScriptNamesWhoseKeysAreCommon() {
        addDistractors(20_000, new Random(11));
        index.put(new PersonEntry("gordienko", List.of("Hartnett Gordienko")));
        index.put(new PersonEntry("fellaini", List.of("Richelmy Fellaini")));

        assertThat(index.search(new PersonQuery("ゴーディエンコ ハートネット"), 1, 0.0))
                .extracting(PersonMatch::id)
                .containsExactly("gordienko");
        assertThat(index.search(new PersonQuery("리켈미 펠라이니"), 1, 0.0))
                .extracting(PersonMatch::id)
                .containsExactly("fellaini");
    }

    /**
     * A pinyin name shares only two-class skeletons with its Latin form ("laifu" / "rife" {@code RB}, "gelafu" /
     * "graff" {@code KRB}). Here 500 earlier entries tie with it on every key, and ties go to the earlier slot, so
     * blocking weight alone leaves it outside the 300 scored; the cheap re-ranking of the preselected finds it.
     */
    @Test
    void reRanksLossyScriptCandidatesThatTieOnBlockingWeight() {
        Random rnd = new Random(5);
        for (int i = 0; i < 500; i++) {
            index.put(new PersonEntry("tie" + i, List.of(sameSkeleton("rb", rnd) + " " + sameSkeleton("krb", rnd))));
        }
        index.put(new PersonEntry("rife", List.of("Rife Graff")));

        assertThat(index.search(new PersonQuery("萊夫 格拉夫"), 10, 0.0))
                .extracting(PersonMatch::id)
                .contains("rife");
    }

    /** A token whose skeleton is the given classes ({@code r}: r or l, {@code b}: b, p or v, {@code k}: k or c). */
    private static String sameSkeleton(String classes, Random rnd) {
        StringBuilder token = new StringBuilder();
        for (char c : classes.toCharArray()) {
            String letters = switch (c) {
                case 'r' -> "rl";
                case 'b' -> "bpv";
                default -> "kc";
            };
            token.append(letters.charAt(rnd.nextInt(letters.length()))).append("oe".charAt(rnd.nextInt(2)));
        }
        return token.toString();
    }

    @Test
    void ranksBestFirstAndRespectsLimitAndMinimumScore() {
        index.put(new PersonEntry("a", List.of("Ivan Petrov")));
        index.put(new PersonEntry("b", List.of("Ivan Petrova")));
        index.put(new PersonEntry("c", List.of("Ivan Sidorov")));

        List<PersonMatch> matches = index.search(new PersonQuery("Ivan Petrov"), 2, 0.0);

        assertThat(matches).extracting(PersonMatch::id).containsExactly("a", "b");
        assertThat(index.search(new PersonQuery("Ivan Petrov"), 10, 0.8))
                .extracting(PersonMatch::id)
                .doesNotContain("c");
    }

    @Test
    void replacesAndRemovesById() {
        index.put(new PersonEntry("x", List.of("Anna Schmidt")));
        index.put(new PersonEntry("x", List.of("Olga Ivanova")));

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.search(new PersonQuery("Anna Schmidt"), 5, 0.8)).isEmpty();
        assertThat(index.search(new PersonQuery("Olga Ivanova"), 5, 0.8))
                .extracting(PersonMatch::id)
                .containsExactly("x");

        assertThat(index.remove("x")).isTrue();
        assertThat(index.remove("x")).isFalse();
        assertThat(index.size()).isZero();
        assertThat(index.search(new PersonQuery("Olga Ivanova"), 5, 0.0)).isEmpty();
    }

    @Test
    void dateOfBirthCorroboratesOrContradicts() {
        index.put(new PersonEntry("p", List.of("Vladimir Putin"), DOB, Set.of(), null));
        double none = score(new PersonQuery("Vladimir Putin"));
        double exact = score(new PersonQuery("Vladimir Putin", DOB, null, null));
        double swapped = score(new PersonQuery("Vladimir Putin", PartialDate.parse("1952-07-10"), null, null));
        double sameYear = score(new PersonQuery("Vladimir Putin", PartialDate.parse("1952"), null, null));
        double yearOff = score(new PersonQuery("Vladimir Putin", PartialDate.parse("1953-10-07"), null, null));
        double different = score(new PersonQuery("Vladimir Putin", PartialDate.parse("1975-01-01"), null, null));

        assertThat(exact).isGreaterThanOrEqualTo(none);
        assertThat(swapped).isGreaterThanOrEqualTo(yearOff);
        assertThat(sameYear).isGreaterThanOrEqualTo(yearOff);
        assertThat(yearOff).isGreaterThan(different);
        assertThat(different).isLessThan(Parameters.HIT_THRESHOLD);
    }

    @Test
    void sexAndNationalityMoveTheScore() {
        index.put(new PersonEntry("p", List.of("Maria Garcia Lopez"), null, Set.of("ES"), Sex.FEMALE));
        double plain = score(new PersonQuery("Maria Garcia Lopez"));

        assertThat(score(new PersonQuery("Maria Garcia Lopez", null, "ES", Sex.FEMALE)))
                .isGreaterThanOrEqualTo(plain);
        assertThat(score(new PersonQuery("Maria Garcia Lopez", null, "MX", null)))
                .isLessThan(plain);
        assertThat(score(new PersonQuery("Maria Garcia Lopez", null, null, Sex.MALE)))
                .isLessThan(plain);
    }

    @Test
    void explanationContributionsAddUpToTheScore() {
        index.put(new PersonEntry("p", List.of("Abdel Hamid Mahmoud"), PartialDate.of(1970), Set.of("EG"), Sex.MALE));
        PersonMatch m = index.search(
                        new PersonQuery("Abdelhamid Mahmud", PartialDate.of(1970, 3, 1), "EG", Sex.MALE), 1, 0.0)
                .getFirst();

        double sum = m.explanation().stream().mapToDouble(Feature::contribution).sum();
        assertThat(m.score()).isCloseTo(Math.clamp(sum, 0.0, 1.0), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void explanationSinkRecordsStagesOnlyWhenGiven() {
        index.put(new PersonEntry("p", List.of("Vladimir Putin")));
        List<String> stages = new ArrayList<>();

        index.search(new PersonQuery("Путин"), 5, 0.0, (stage, detail) -> stages.add(stage));

        assertThat(stages).contains("query", "candidates", "score");
        assertThat(ExplanationSink.NONE.enabled()).isFalse();
    }

    /**
     * Blocking stops reading lists for slots that can no longer be selected; that must never change which slots are
     * scored. Queries in Latin, in Cyrillic and in Katakana (preselection and re-ranking), against an index where it
     * reads everything.
     */
    @Test
    void pruningBlockingChangesNoCandidate() {
        PersonIndex pruned = new PersonIndex();
        PersonIndex full = new PersonIndex(false);
        Random rnd = new Random(5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            String name = randomName(rnd);
            names.add(name);
            PersonEntry entry = new PersonEntry("d" + i, List.of(name));
            pruned.put(entry);
            full.put(entry);
        }
        int prunedQueries = 0;
        for (int i = 0; i < 300; i++) {
            String name = names.get(rnd.nextInt(names.size()));
            String query = switch (i % 4) {
                case 0 -> randomName(rnd);
                case 1 -> name.substring(0, name.length() - 1) + "o";
                case 2 -> Transliterator.getInstance("Latin-Cyrillic").transliterate(name);
                default -> Transliterator.getInstance("Latin-Katakana").transliterate(name);
            };
            List<String> prunedScored = new ArrayList<>();
            List<String> fullScored = new ArrayList<>();
            List<String> stages = new ArrayList<>();
            List<PersonMatch> a = pruned.search(new PersonQuery(query), 10, 0.0, (stage, detail) -> {
                if (stage.equals("score")) {
                    prunedScored.add(detail);
                } else if (stage.equals("candidates")) {
                    stages.add(detail);
                }
            });
            List<PersonMatch> b = full.search(new PersonQuery(query), 10, 0.0, (stage, detail) -> {
                if (stage.equals("score")) {
                    fullScored.add(detail);
                }
            });
            assertThat(prunedScored).as(query).containsExactlyInAnyOrderElementsOf(fullScored);
            assertThat(a).as(query).isEqualTo(b);
            if (!stages.getFirst().contains(" 0 of ")) {
                prunedQueries++;
            }
        }
        assertThat(prunedQueries)
                .as("queries where blocking stopped reading early")
                .isGreaterThan(100);
    }

    @Test
    void rejectsInvalidArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonEntry("x", List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonEntry(" ", List.of("a")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PersonEntry("x", List.of("a"), null, Set.of("RUS"), null));
        assertThatIllegalArgumentException().isThrownBy(() -> index.search(new PersonQuery("a"), 0, 0.0));
    }

    @Test
    void searchesRunWhileTheIndexChanges() throws Exception {
        addDistractors(2_000, new Random(1));
        index.put(new PersonEntry("target", List.of("Osama bin Laden")));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> {
                Random rnd = new Random(2);
                for (int i = 0; i < 3_000; i++) {
                    String id = "w" + rnd.nextInt(500);
                    if (rnd.nextBoolean()) {
                        index.put(new PersonEntry(id, List.of(randomName(rnd))));
                    } else {
                        index.remove(id);
                    }
                }
            });
            List<Future<Boolean>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    boolean alwaysFound = true;
                    for (int i = 0; i < 300; i++) {
                        List<PersonMatch> m = index.search(new PersonQuery("Usama bin Ladin"), 3, 0.0);
                        alwaysFound &= !m.isEmpty() && m.getFirst().id().equals("target");
                    }
                    return alwaysFound;
                }));
            }
            writer.get(60, TimeUnit.SECONDS);
            for (Future<Boolean> reader : readers) {
                assertThat(reader.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private double score(PersonQuery q) {
        return index.search(q, 1, 0.0).getFirst().score();
    }

    private void addDistractors(int n, Random rnd) {
        for (int i = 0; i < n; i++) {
            index.put(new PersonEntry("d" + i, List.of(randomName(rnd))));
        }
    }

    /** An index of {@code n} random syllable names ("d0", "d1"…), seeded. */
    static PersonIndex withDistractors(int n, long seed) {
        PersonIndex index = new PersonIndex();
        Random rnd = new Random(seed);
        for (int i = 0; i < n; i++) {
            index.put(new PersonEntry("d" + i, List.of(randomName(rnd))));
        }
        return index;
    }

    private static final String[] SYLLABLES = {
        "ka", "ri", "mo", "na", "lu", "se", "ta", "vi", "do", "ra", "mi", "el", "an", "or", "us", "in", "bo", "za"
    };

    static String randomName(Random rnd) {
        StringBuilder name = new StringBuilder();
        int tokens = 2 + rnd.nextInt(2);
        for (int t = 0; t < tokens; t++) {
            if (t > 0) {
                name.append(' ');
            }
            int syllables = 2 + rnd.nextInt(2);
            for (int s = 0; s < syllables; s++) {
                name.append(SYLLABLES[rnd.nextInt(SYLLABLES.length)]);
            }
        }
        return name.toString();
    }
}
