package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.interlink.access.Restriction;
import org.interlink.notices.NoticePublished;
import org.interlink.records.NameType;
import org.interlink.records.PersonName;
import org.interlink.records.PersonSnapshot;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The line an officer reads beside a notice's match. */
class NoticesFeedTest {

    @Test
    void saysWhatTheNoticeIsAboutElseTheSubjectsSummaryElseOnlyItsKind() {
        assertThat(NoticesFeed.summary(notice("RED", "Armed robbery in Lyon"), subject("wanted in FR")))
                .isEqualTo("red notice: Armed robbery in Lyon");
        assertThat(NoticesFeed.summary(notice("YELLOW", null), subject(" missing since May ")))
                .isEqualTo("yellow notice: missing since May");
        assertThat(NoticesFeed.summary(notice("BLUE", null), subject(""))).isEqualTo("blue notice");
    }

    @Test
    void aLongTextIsCutAtAWord() {
        String about = "Armed robbery of a jewellery shop ".repeat(10).strip();
        String summary = NoticesFeed.summary(notice("RED", about), subject(""));
        assertThat(summary)
                .startsWith("red notice: Armed robbery of a jewellery shop Armed")
                .endsWith(" …");
        String cut = summary.substring("red notice: ".length(), summary.length() - " …".length());
        assertThat(cut.length()).isLessThanOrEqualTo(NoticesFeed.SUMMARY_LENGTH);
        assertThat(about).startsWith(cut + " ");
    }

    @Test
    void aLongTextWithoutSpacesIsCutAtTheLimit() {
        String about = "x".repeat(500);
        assertThat(NoticesFeed.summary(notice("RED", about), subject("")))
                .isEqualTo("red notice: " + "x".repeat(NoticesFeed.SUMMARY_LENGTH) + " …");
    }

    private static NoticePublished notice(String type, @Nullable String about) {
        return new NoticePublished("N-1", type, "P-1", "FR", Restriction.OPEN, "arrest — Red Notice", about);
    }

    private static PersonSnapshot subject(String summary) {
        return new PersonSnapshot(
                "P-1",
                "FR",
                Restriction.OPEN,
                List.of(new PersonName("Ivan PETROV", NameType.PRIMARY, null)),
                null,
                Set.of(),
                null,
                Set.of(),
                summary,
                1);
    }
}
