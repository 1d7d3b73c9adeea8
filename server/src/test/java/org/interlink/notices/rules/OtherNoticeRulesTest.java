package org.interlink.notices.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interlink.notices.rules.Requests.TODAY;

import java.util.List;
import org.interlink.notices.NoticeRequest.Occurrence;
import org.interlink.notices.NoticeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OtherNoticeRulesTest {

    /** Golden table: an empty request of each type → the fields its rules require. */
    @Test
    void everyTypeListsItsRequiredFields() {
        assertThat(required(NoticeType.YELLOW)).containsExactly("subject", "event");
        assertThat(required(NoticeType.BLUE)).containsExactly("purpose", "subject", "offence.summary");
        assertThat(required(NoticeType.BLACK)).containsExactly("description", "event");
        assertThat(required(NoticeType.GREEN)).containsExactly("subject", "offence.summary", "threat");
        assertThat(required(NoticeType.ORANGE)).containsExactly("threat");
        assertThat(required(NoticeType.PURPLE)).containsExactly("modusOperandi", "offence.summary");
        assertThat(required(NoticeType.SILVER))
                .containsExactly("asset.kind", "asset.description", "offence.summary", "offence.legalProvision");
        assertThat(required(NoticeType.UNSC)).containsExactly("subject", "sanctions.committee", "sanctions.reference");
    }

    private static List<String> required(NoticeType type) {
        return ComplianceGate.checkInput(Requests.of(type), TODAY).stream()
                .map(Finding::field)
                .toList();
    }

    @Test
    void yellowNoticeNeedsTheDisappearanceAndRejectsAFutureDate() {
        assertThat(ComplianceGate.checkInput(
                        Requests.yellow(
                                new Occurrence(TODAY.minusDays(3), "Lyon", "Left" + " school and did not come home")),
                        TODAY))
                .isEmpty();
        assertThat(ComplianceGate.checkInput(Requests.yellow(new Occurrence(TODAY.plusDays(3), null, null)), TODAY))
                .extracting(Finding::field)
                .containsExactly("event.date", "event.place", "event.circumstances");
    }

    @Test
    void purpleNoticeNamesNoOne() {
        var purple = new org.interlink.notices.NoticeRequest(
                NoticeType.PURPLE,
                Requests.SUBJECT,
                Requests.offence("Drug trafficking"),
                null,
                null,
                null,
                null,
                "Cocaine dissolved in the lining of suitcases",
                null,
                null,
                null,
                org.interlink.notices.NoticeRequest.Identifiers.NONE,
                false,
                org.interlink.access.Restriction.OPEN,
                java.util.Set.of());
        assertThat(ComplianceGate.assess(purple, TODAY))
                .extracting(Finding::rule)
                .containsExactly("PURPLE-NO-PERSON");
    }

    @ParameterizedTest
    @EnumSource(NoticeType.class)
    void everyTypeRunsTheCommonAndArticle3Rules(NoticeType type) {
        List<String> ids = ComplianceGate.rulesFor(type).stream().map(Rule::id).toList();
        assertThat(ids).contains("DATE-NOT-IN-FUTURE", "PENALTY-RANGE", "ART3-POLITICAL", "ART3-SUBJECT-STATUS");
        assertThat(ids).anyMatch(id -> id.startsWith(type.name() + "-"));
    }

    @Test
    void ruleIdsAreUniqueAndEveryRuleIsDescribed() {
        List<Rule> rules = ComplianceGate.allRules();
        assertThat(rules).extracting(Rule::id).doesNotHaveDuplicates();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.checks()).isNotBlank();
            assertThat(rule.source()).isNotBlank();
        });
    }

    @Test
    void penaltyInYearsOrDaysIsOutOfRange() {
        assertThat(CommonRules.PENALTY_RANGE.evaluate(Requests.red(Requests.penalty(3650, null, null)), TODAY))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("penalties are given in months");
        assertThat(CommonRules.PENALTY_RANGE.evaluate(Requests.red(Requests.penalty(null, 12, 24)), TODAY))
                .extracting(Finding::field)
                .containsExactly("offence.sentenceRemainingMonths");
    }
}
