package org.interlink.notices.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interlink.notices.rules.Requests.TODAY;

import java.util.List;
import java.util.Set;
import org.interlink.notices.NoticeRequest.Identifiers;
import org.interlink.notices.NoticeRequest.Subject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Article3RulesTest {

    /** Golden table: offence summary → the Article 3 rule it flags and the text the flag must quote. */
    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Publicly insulting the head of state in a speech in the capital | ART3-POLITICAL | insulting the head of state",
                "Organised an unlawful assembly in front of the parliament | ART3-POLITICAL | unlawful assembly",
                "Desertion from the 4th infantry regiment in March 2025 | ART3-MILITARY | Desertion",
                "Apostasy, having renounced the state religion | ART3-RELIGIOUS | Apostasy",
                "Blasphemous posts on social media | ART3-RELIGIOUS | Blasphemous",
                "Attacked because of his ethnic origin the members of a village | ART3-RACIAL | ethnic origin",
                "Outrage au chef de l'État lors d'une manifestation à Paris | ART3-POLITICAL | Outrage au chef de l'État",
                "Delito de injurias al jefe del Estado en redes sociales | ART3-POLITICAL | injurias al jefe del Estado",
                "Публичное оскорбление президента в интернете | ART3-POLITICAL | оскорбление президента",
                "Дезертирство из воинской части в 2024 году | ART3-MILITARY | Дезертирство",
                "Blasfemia contra la religión del Estado | ART3-RELIGIOUS | Blasfemia",
            })
    void flagsQuoteTheTextThatTriggeredThem(String summary, String rule, String quoted) {
        List<Finding> findings = ComplianceGate.assess(Requests.red(Requests.offence(summary)), TODAY);
        assertThat(findings)
                .filteredOn(f -> f.rule().equals(rule))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.FLAG);
                    assertThat(f.field()).isEqualTo("offence.summary");
                    assertThat(f.message()).contains(quoted).contains("offence.summary says \"");
                });
        assertThat(ComplianceGate.blocks(findings.stream()
                        .filter(f -> f.rule().startsWith("ART3"))
                        .toList()))
                .as("Article 3 signals are for the reviewer to weigh")
                .isFalse();
    }

    @Test
    void subjectNamedAsAJournalistIsFlagged() {
        Subject journalist = new Subject(
                null,
                List.of("Anna KOVAL"),
                "1985-01-01",
                "F",
                Set.of("UA"),
                null,
                "investigative journalist at a" + " daily newspaper",
                null,
                null);
        List<Finding> findings =
                Article3Rules.SUBJECT_STATUS.evaluate(Requests.red(journalist, Identifiers.NONE), TODAY);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("subject.description");
            assertThat(f.message()).contains("\"investigative journalist at a daily newspaper\"");
        });
    }

    @Test
    void ordinaryCrimeRaisesNoFlag() {
        assertThat(ComplianceGate.assess(Requests.red(), TODAY))
                .noneMatch(f -> f.rule().startsWith("ART3"));
    }

    @Test
    void quoteCutsLongTextsAtWordBoundaries() {
        String text =
                "After a long evening in the old town he was accused of desertion by the commander of the garrison"
                        + " stationed nearby";
        int start = text.indexOf("desertion");
        assertThat(Texts.quote(text, start, start + "desertion".length()))
                .isEqualTo("…old town he was accused of desertion by the commander of the…");
    }
}
