package org.interlink.notices.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interlink.notices.rules.Requests.TODAY;

import java.util.List;
import java.util.Set;
import org.interlink.notices.NoticeRequest;
import org.interlink.notices.NoticeRequest.Identifiers;
import org.interlink.notices.NoticeRequest.Subject;
import org.interlink.notices.NoticeRequest.Warrant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedNoticeRulesTest {

    @Test
    void aValidRequestPassesTheGateWithoutFindings() {
        assertThat(ComplianceGate.assess(Requests.red(), TODAY)).isEmpty();
    }

    @Test
    void refusesRedNoticeBelowPenaltyThreshold() {
        List<Finding> findings = ComplianceGate.assess(Requests.red(Requests.penalty(12, null, null)), TODAY);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("RED-PENALTY-THRESHOLD");
            assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
            assertThat(f.field()).isEqualTo("offence.maxPenaltyMonths");
            assertThat(f.message()).contains("punishable by 12 months (1 year)", "at least 2 years");
        });
        assertThat(ComplianceGate.blocks(findings)).isTrue();
    }

    /** Golden table: maximum penalty, sentence imposed, sentence remaining → blocked by the threshold? */
    @ParameterizedTest(name = "max {0}, imposed {1}, remaining {2} → blocked {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "24, -, -, false", // exactly 2 years: meets the threshold
                "23, -, -, true",
                "12, -, -, true",
                "-, 6, -, false", // convicted, 6 months imposed
                "-, 5, -, true",
                "-, 36, 6, false", // 6 months remaining
                "-, 36, 5, true", // a long sentence almost served
                "-, -, 6, false",
                "60, 4, -, true", // a conviction is judged on the sentence, not on the law's maximum
            })
    void penaltyThreshold(Integer max, Integer imposed, Integer remaining, boolean blocked) {
        List<Finding> findings = RedNoticeRules.PENALTY_THRESHOLD.evaluate(
                Requests.red(Requests.penalty(max, imposed, remaining)), TODAY);
        assertThat(findings.isEmpty()).isEqualTo(!blocked);
    }

    @Test
    void missingFieldsAreListedOneByOne() {
        NoticeRequest empty = new NoticeRequest(
                org.interlink.notices.NoticeType.RED,
                null,
                null,
                new Warrant(null, null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Identifiers.NONE,
                false,
                org.interlink.access.Restriction.OPEN,
                Set.of());
        assertThat(ComplianceGate.checkInput(empty, TODAY))
                .extracting(Finding::rule, Finding::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RED-REQUIRED-FIELDS", "subject"),
                        org.assertj.core.groups.Tuple.tuple("RED-REQUIRED-FIELDS", "offence.summary"),
                        org.assertj.core.groups.Tuple.tuple("RED-REQUIRED-FIELDS", "offence.legalProvision"),
                        org.assertj.core.groups.Tuple.tuple("RED-REQUIRED-FIELDS", "offence.maxPenaltyMonths"),
                        org.assertj.core.groups.Tuple.tuple("RED-JUDICIAL-DECISION", "warrant.reference"),
                        org.assertj.core.groups.Tuple.tuple("RED-JUDICIAL-DECISION", "warrant.issuedOn"),
                        org.assertj.core.groups.Tuple.tuple("RED-JUDICIAL-DECISION", "warrant.authority"));
    }

    @Test
    void warrantDatedInTheFutureIsBadInput() {
        NoticeRequest request = Requests.red(new Warrant("MA-1", TODAY.plusDays(1), "Tribunal de Paris"));
        assertThat(ComplianceGate.checkInput(request, TODAY)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("DATE-NOT-IN-FUTURE");
            assertThat(f.field()).isEqualTo("warrant.issuedOn");
            assertThat(f.message()).contains("2026-11-28");
        });
        assertThat(ComplianceGate.checkInput(Requests.red(new Warrant("MA-1", TODAY, "Tribunal")), TODAY))
                .as("a warrant issued today is fine")
                .isEmpty();
    }

    @Test
    void subjectWithoutDateOfBirthPhotoOrFingerprintsCannotBeIdentified() {
        Subject nameOnly = new Subject(null, List.of("Ivan PETROV"), null, "M", Set.of("RU"), null, null, null, null);
        assertThat(RedNoticeRules.IDENTIFIERS.evaluate(Requests.red(nameOnly, Identifiers.NONE), TODAY))
                .singleElement()
                .extracting(Finding::message)
                .asString()
                .contains("cannot be identified");
        assertThat(RedNoticeRules.IDENTIFIERS.evaluate(
                        Requests.red(nameOnly, new Identifiers(true, null, null)), TODAY))
                .as("a photo identifies")
                .isEmpty();
        assertThat(RedNoticeRules.IDENTIFIERS.evaluate(
                        Requests.red(nameOnly, new Identifiers(false, "AFIS-FR-991", null)), TODAY))
                .as("fingerprints identify")
                .isEmpty();
        Subject yearOnly = new Subject(null, List.of("Ivan PETROV"), "1971", "M", Set.of(), null, null, null, null);
        assertThat(RedNoticeRules.IDENTIFIERS.evaluate(Requests.red(yearOnly, Identifiers.NONE), TODAY))
                .as("the year of birth is enough with the name")
                .isEmpty();
    }

    /** Golden table: offence summary → the exclusion it triggers (or none), quoting the text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "Adultery committed in the family home in 2024 | behavioural or cultural norms | Adultery committed",
                "Refused to hand over the child; child custody order of 2023 ignored | family or private matter | child custody",
                "Unpaid debt of USD 40,000 owed to a business partner | private dispute | Unpaid debt",
                "Breach of contract for the delivery of 300 tonnes of wheat | private dispute | Breach of contract",
                "Visa overstay of 14 months after the permit expired | administrative or regulatory | Visa overstay",
                "Armed robbery of a bank in Lyon with a firearm on 3 May 2025 | - | -",
                "Murder of two persons in Marseille on 12 March 2024 | - | -",
            })
    void excludedOffences(String summary, String exclusion, String quoted) {
        List<Finding> findings =
                RedNoticeRules.EXCLUDED_OFFENCE.evaluate(Requests.red(Requests.offence(summary)), TODAY);
        if (exclusion == null) {
            assertThat(findings).isEmpty();
        } else {
            assertThat(findings).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
                assertThat(f.message()).contains(exclusion).contains("says \"").contains(quoted);
            });
        }
    }

    @Test
    void briefSummaryIsFlaggedQuotingIt() {
        assertThat(RedNoticeRules.FACTS_SUMMARY.evaluate(Requests.red(Requests.offence("Fraud")), TODAY))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.FLAG);
                    assertThat(f.message()).contains("\"Fraud\"");
                });
    }
}
