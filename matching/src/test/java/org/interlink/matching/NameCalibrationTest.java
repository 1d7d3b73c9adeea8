package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calibrated person score: rarity counted in the index, coverage, shortness, exact attribution, symmetry. */
class NameCalibrationTest {

    @Test
    void aSharedCommonTokenIsWeakerEvidenceThanARareOne() {
        // The same pair in two indexes of 400 more persons: in one, they all share the surname.
        PersonIndex common = new PersonIndex();
        PersonIndex rare = new PersonIndex();
        Random rnd = new Random(3);
        for (int i = 0; i < 400; i++) {
            String given = PersonIndexTest.randomName(rnd).split(" ")[0];
            common.put(new PersonEntry("d" + i, List.of(given + " Kowalczyk")));
            rare.put(new PersonEntry("d" + i, List.of(PersonIndexTest.randomName(rnd))));
        }
        for (PersonIndex index : List.of(common, rare)) {
            index.put(new PersonEntry("target", List.of("Grzegorz Kowalczyk")));
        }
        PersonQuery query = new PersonQuery("Grzegorz Kowalczyck");

        PersonMatch inCommon = match(common, query, "target");
        PersonMatch inRare = match(rare, query, "target");

        // The feature is counted from the index; its fitted coefficient is 0 for now (docs/MATCHING.md, step 7), so
        // the common surname weighs no less than the rare one, never more.
        assertThat(feature(inRare, "rarity").value()).isZero(); // every paired token held by one person
        // Half the pairs' weight on a surname 401 persons hold: about ln(401) / 2.
        assertThat(feature(inCommon, "rarity").value()).isGreaterThan(Math.log(401) / 3);
        assertThat(contribution(inCommon, "rarity")).isLessThanOrEqualTo(contribution(inRare, "rarity"));
        assertThat(inCommon.score()).isLessThanOrEqualTo(inRare.score());
    }

    @Test
    void rarityCountsFollowRemovals() {
        PersonIndex index = new PersonIndex();
        for (int i = 0; i < 300; i++) {
            index.put(new PersonEntry("d" + i, List.of("Jan" + (char) ('a' + i % 26) + i + " Kowalczyk")));
        }
        index.put(new PersonEntry("target", List.of("Grzegorz Kowalczyk")));
        PersonQuery query = new PersonQuery("Grzegorz Kowalczyck");
        double shared = match(index, query, "target").score();
        assertThat(feature(match(index, query, "target"), "rarity").value()).isGreaterThan(Math.log(301) / 3);
        for (int i = 0; i < 300; i++) {
            index.remove("d" + i);
        }

        assertThat(feature(match(index, query, "target"), "rarity").value()).isZero();
        assertThat(match(index, query, "target").score()).isGreaterThanOrEqualTo(shared);
    }

    @Test
    void aRecordExplainingTwoOfFiveQueryPartsScoresBelowOneExplainingAllFive() {
        PersonIndex index = new PersonIndex();
        index.put(new PersonEntry("all", List.of("Ahmad Karim Yusuf Haddad Mansour")));
        index.put(new PersonEntry("two", List.of("Ahmad Haddad")));
        List<PersonMatch> matches = index.search(new PersonQuery("Ahmed Karim Yusuf Hadad Mansour"), 10, 0.0);

        PersonMatch all = byId(matches, "all");
        PersonMatch two = byId(matches, "two");
        assertThat(all.score()).isGreaterThan(two.score());
        assertThat(contribution(all, "coverage")).isZero();
        // The coverage coefficient is 0 for now (docs/MATCHING.md, step 7): the similarity's charge for unpaired
        // tokens orders them; the feature is measured and shown.
        assertThat(contribution(two, "coverage")).isLessThanOrEqualTo(0.0);
        assertThat(feature(all, "coverage").value()).isEqualTo(1.0);
        assertThat(feature(two, "coverage").value()).isLessThan(0.75);
    }

    @Test
    void shortNamesNeedMoreAgreement() {
        PersonIndex index = new PersonIndex();
        index.put(new PersonEntry("short", List.of("Chao Liu")));
        index.put(new PersonEntry("long", List.of("Konstantin Aleksandrovich Tsiolkovsky")));

        PersonMatch shortPair = match(index, new PersonQuery("Chao Lyu"), "short");
        PersonMatch longPair = match(index, new PersonQuery("Konstantin Aleksandrovich Tsiolkovskiy"), "long");

        assertThat(contribution(shortPair, "shortness")).isNegative();
        assertThat(contribution(longPair, "shortness")).isZero();
        assertThat(shortPair.score()).isLessThan(feature(shortPair, "name").value());
        // Two-part pinyin names that pair across their tokens stay below HIT (similarity 0.94).
        index.put(new PersonEntry("cao", List.of("Lihua CAO")));
        assertThat(index.search(new PersonQuery("Chao LIU"), 10, 0.0))
                .filteredOn(m -> m.id().equals("cao"))
                .allSatisfy(m -> assertThat(m.verdict()).isNotEqualTo(Verdict.HIT));
    }

    @Test
    void contributionsAddUpToTheScore() {
        PersonIndex index = PersonIndexTest.withDistractors(2_000, 5);
        index.put(new PersonEntry(
                "putin",
                List.of("Владимир Владимирович Путин"),
                PartialDate.parse("1952-10-07"),
                Set.of("RU"),
                Sex.MALE));
        index.put(new PersonEntry("chao", List.of("Chao Liu"), null, Set.of("CN"), Sex.MALE));
        for (PersonQuery query : List.of(
                new PersonQuery("PUTIN Vladimir", PartialDate.parse("1952"), "RU", Sex.MALE),
                new PersonQuery("Vladimir Putn"),
                new PersonQuery("Chao Lyu", null, "CN", Sex.FEMALE))) {
            for (PersonMatch m : index.search(query, 5, 0.0)) {
                double sum = m.explanation().stream()
                        .mapToDouble(Feature::contribution)
                        .sum();
                assertThat(m.score()).as(m.toString()).isCloseTo(Math.clamp(sum, 0.0, 1.0), within(1e-9));
            }
        }
    }

    @Test
    void theScoreIsSymmetricBetweenTwoIndexedPersons() {
        PersonIndex index = PersonIndexTest.withDistractors(1_000, 9);
        String a = "Mohammed Abdel Hamid Karimov";
        String b = "Mohamed Abdelhamid Karimoff";
        index.put(new PersonEntry("a", List.of(a)));
        index.put(new PersonEntry("b", List.of(b)));
        for (int i = 0; i < 50; i++) {
            index.put(new PersonEntry("m" + i, List.of("Mohammed " + PersonIndexTest.randomName(new Random(i)))));
        }

        double ab = match(index, new PersonQuery(a), "b").score();
        double ba = match(index, new PersonQuery(b), "a").score();

        assertThat(ab).isEqualTo(ba).isLessThan(1.0);
    }

    @Test
    void identicalNamesAreNotMovedAndNoCoefficientRaisesAScore() {
        PersonIndex index = new PersonIndex();
        for (int i = 0; i < 100; i++) {
            index.put(new PersonEntry("li" + i, List.of("Li Na")));
        }
        assertThat(index.search(new PersonQuery("Li Na"), 1, 0.0).getFirst().score())
                .isEqualTo(1.0);
        // The search calibrates only candidates whose uncalibrated score reaches its minimum: that is sound only if
        // calibration never raises a score.
        assertThat(List.of(
                        Parameters.COMMONNESS_LOG_ODDS, Parameters.UNCOVERED_LOG_ODDS, Parameters.SHORTNESS_LOG_ODDS))
                .allSatisfy(beta -> assertThat(beta).isLessThanOrEqualTo(0.0));
    }

    private static PersonMatch match(PersonIndex index, PersonQuery query, String id) {
        return byId(index.search(query, 50, 0.0), id);
    }

    private static PersonMatch byId(List<PersonMatch> matches, String id) {
        return matches.stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + matches));
    }

    private static Feature feature(PersonMatch m, String name) {
        return m.explanation().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static double contribution(PersonMatch m, String name) {
        return feature(m, name).contribution();
    }
}
