package org.interlink.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.notices.rules.Finding;
import org.interlink.notices.rules.Severity;
import org.junit.jupiter.api.Test;

/** What the reviewer of an edited request is shown: the earlier findings and the fields that changed. */
class RequestChangesTest {

    static final Finding POLITICAL = new Finding(
            "ART3-POLITICAL", Severity.FLAG, "offence.summary", "Possible political character: \"insulting the head\"");

    @Test
    void listsExactlyTheChangedFieldsWithTheirValuesBeforeAndAfter() {
        NoticeRequest before = NoticeTest.request(Set.of());
        NoticeRequest after = before.withAccess(Restriction.only(Classification.RESTRICTED, "DE", "IT"));

        assertThat(RequestChanges.between(before, before)).isEmpty();
        assertThat(RequestChanges.between(before, after))
                .containsExactly(
                        new RequestChanges.Change("access.audience", "ALL", "ONLY"),
                        new RequestChanges.Change("access.classification", "OFFICIAL", "RESTRICTED"),
                        new RequestChanges.Change("access.countries", "", "DE, IT"));
    }

    @Test
    void editingAFlaggedRequestKeepsTheFindingsAndTheRequestTheyWereAbout() {
        Notice notice = Notice.draft("N-2", NoticeTest.EDITOR_FR, NoticeTest.request(Set.of()), null, NoticeTest.NOW);
        notice.revise(NoticeTest.EDITOR_FR, NoticeTest.request(Set.of()), NoticeTest.NOW);
        assertThat(notice.earlier()).as("nothing was judged yet").isNull();

        NoticeRequest judged = notice.request();
        notice.submit(NoticeTest.EDITOR_FR, List.of(POLITICAL), NoticeTest.NOW);
        notice.returnForCorrection(NoticeTest.REVIEWER, "state the ordinary-law offence", NoticeTest.NOW);
        NoticeRequest corrected = judged.withAccess(Restriction.only(Classification.OFFICIAL, "DE"));
        notice.revise(NoticeTest.EDITOR_FR, corrected, NoticeTest.NOW);

        assertThat(notice.earlier()).isEqualTo(new Notice.Earlier(List.of(POLITICAL), judged));
        assertThat(notice.earlier().article3()).isTrue();
        assertThat(NoticePages.earlierMark(notice.earlier())).isEqualTo("previously flagged (Art. 3)");

        notice.revise(NoticeTest.EDITOR_FR, corrected, NoticeTest.NOW);
        assertThat(notice.earlier().request())
                .as("a second edit before submission keeps what was judged")
                .isEqualTo(judged);
    }
}
