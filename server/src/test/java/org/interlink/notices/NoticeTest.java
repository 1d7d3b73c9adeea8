package org.interlink.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.interlink.notices.NoticeRequest.Identifiers;
import org.interlink.notices.NoticeRequest.Subject;
import org.interlink.notices.rules.Finding;
import org.interlink.notices.rules.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The aggregate's transitions, without Spring. */
class NoticeTest {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final Viewer EDITOR_FR =
            new Viewer("officer.fr", "FR", Set.of("EDITOR", "OFFICER"), Classification.RESTRICTED);
    static final Viewer EDITOR_DE =
            new Viewer("officer.de", "DE", Set.of("EDITOR", "OFFICER"), Classification.RESTRICTED);
    static final Viewer REVIEWER = new Viewer("reviewer", "GS", Set.of("REVIEWER"), Classification.CONFIDENTIAL);

    static NoticeRequest request(Set<String> recipients) {
        return new NoticeRequest(
                NoticeType.RED,
                new Subject("P-1", List.of("Ivan PETROV"), "1971", "M", Set.of("RU"), null, null, null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Identifiers.NONE,
                false,
                Restriction.OPEN,
                recipients);
    }

    static Notice published() {
        Notice notice = Notice.draft("N-1", EDITOR_FR, request(Set.of()), null, NOW);
        notice.submit(EDITOR_FR, List.of(), NOW);
        notice.approve(REVIEWER, "meets the rules", NOW);
        notice.takeEvents();
        return notice;
    }

    @Test
    void aRequestIsAboutItsOffenceElseWhatHappenedElseTheThreat() {
        assertThat(request(Set.of()).about()).isNull();
        assertThat(stating(
                                new NoticeRequest.Offence("  ", null, null, null, null),
                                new NoticeRequest.Occurrence(null, "Genova", " Left school at 13:00, not home "),
                                "not used while the event is stated")
                        .about())
                .isEqualTo("Left school at 13:00, not home");
        assertThat(stating(null, null, "Parcel bombs sent to ministries").about())
                .isEqualTo("Parcel bombs sent to ministries");
    }

    private static NoticeRequest stating(
            NoticeRequest.@Nullable Offence offence,
            NoticeRequest.@Nullable Occurrence event,
            @Nullable String threat) {
        NoticeRequest r = request(Set.of());
        return new NoticeRequest(
                r.type(),
                r.subject(),
                offence,
                null,
                event,
                null,
                threat,
                null,
                null,
                null,
                null,
                r.identifiers(),
                false,
                r.access(),
                Set.of());
    }

    @Test
    void approvalPublishesForFiveYearsAndTellsScreening() {
        Notice notice = Notice.draft("N-1", EDITOR_FR, request(Set.of()), null, NOW);
        notice.submit(EDITOR_FR, List.of(), NOW);
        assertThat(notice.status()).isEqualTo(NoticeStatus.SUBMITTED);
        notice.approve(REVIEWER, "meets the rules", NOW);

        assertThat(notice.status()).isEqualTo(NoticeStatus.PUBLISHED);
        assertThat(notice.expiresAt()).isEqualTo(Instant.parse("2031-11-27T10:00:00Z"));
        assertThat(notice.takeEvents())
                .containsExactly(
                        new NoticePublished("N-1", "RED", "P-1", "FR", Restriction.OPEN, "arrest — Red Notice", null));
        assertThat(notice.takeSteps())
                .extracting(Notice.Step::step)
                .containsExactly("DRAFT", "SUBMIT", "GATE_PASSED", "APPROVE", "PUBLISH");
    }

    @Test
    void blockingFindingKeepsTheRequestADraft() {
        Notice notice = Notice.draft("N-1", EDITOR_FR, request(Set.of()), null, NOW);
        notice.submit(
                EDITOR_FR,
                List.of(new Finding("RED-PENALTY-THRESHOLD", Severity.BLOCKING, "offence", "12 months")),
                NOW);
        assertThat(notice.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThatThrownBy(() -> notice.approve(REVIEWER, "x", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheRequesterActsOnItsRequestAndOnlyTheGeneralSecretariatReviews() {
        Notice notice = Notice.draft("N-1", EDITOR_FR, request(Set.of()), null, NOW);
        assertThatThrownBy(() -> notice.submit(EDITOR_DE, List.of(), NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("requesting bureau");
        notice.submit(EDITOR_FR, List.of(), NOW);
        assertThatThrownBy(() -> notice.approve(EDITOR_FR, "mine", NOW))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("reviewer");
    }

    @Test
    void renewalOnlyWithinTheLastSixMonths() {
        Notice notice = published();
        Instant expiry = notice.expiresAt();
        assertThatThrownBy(() -> notice.renew(EDITOR_FR, NOW.plus(365, ChronoUnit.DAYS)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("6 months");
        Instant inWindow = expiry.minus(30, ChronoUnit.DAYS);
        notice.remind(inWindow.minus(100, ChronoUnit.DAYS));
        notice.renew(EDITOR_FR, inWindow);
        assertThat(notice.expiresAt()).isEqualTo(Instant.parse("2036-11-27T10:00:00Z"));
        assertThat(notice.remindedAt())
                .as("the next term gets its own reminder")
                .isNull();
    }

    @Test
    void expiryAndCancellationWithdrawTheSubjectFromScreening() {
        Notice expiring = published();
        assertThatThrownBy(() -> expiring.expire(NOW.plus(100, ChronoUnit.DAYS)))
                .isInstanceOf(ConflictException.class);
        expiring.expire(expiring.expiresAt());
        assertThat(expiring.status()).isEqualTo(NoticeStatus.EXPIRED);
        assertThat(expiring.takeEvents()).containsExactly(new NoticeWithdrawn("N-1", "P-1", "expired"));

        Notice cancelled = published();
        cancelled.cancel(EDITOR_FR, "arrest made", NOW);
        assertThat(cancelled.takeEvents()).containsExactly(new NoticeWithdrawn("N-1", "P-1", "cancelled: arrest made"));
        assertThatThrownBy(() -> cancelled.cancel(EDITOR_FR, "again", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void diffusionGoesStraightToItsRecipientsOnly() {
        Notice diffusion = Notice.draft("D-1", EDITOR_FR, request(Set.of("DE", "IT")), DiffusionType.WANTED, NOW);
        diffusion.send(EDITOR_FR, List.of(), NOW);
        assertThat(diffusion.status()).isEqualTo(NoticeStatus.PUBLISHED);
        Restriction only = Restriction.only(Classification.OFFICIAL, "DE", "IT");
        assertThat(diffusion.restriction()).isEqualTo(only);
        assertThat(diffusion.takeEvents())
                .containsExactly(
                        new NoticePublished("D-1", "RED", "P-1", "FR", only, "arrest — diffusion WANTED", null));
        assertThat(diffusion.visibleTo(EDITOR_DE)).isTrue();
        assertThat(diffusion.visibleTo(new Viewer("o.us", "US", Set.of("OFFICER"), Classification.CONFIDENTIAL)))
                .isFalse();
        assertThatThrownBy(() -> diffusion.approve(REVIEWER, "x", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aSentDiffusionRefusedAfterwardsLeavesCirculation() {
        Notice diffusion = Notice.draft("D-1", EDITOR_FR, request(Set.of("DE")), DiffusionType.WANTED, NOW);
        diffusion.send(EDITOR_FR, List.of(), NOW);
        diffusion.takeEvents();
        diffusion.reviewSent(REVIEWER, false, "a private dispute", NOW);
        assertThat(diffusion.status()).isEqualTo(NoticeStatus.REFUSED);
        assertThat(diffusion.takeEvents())
                .containsExactly(
                        new NoticeWithdrawn("D-1", "P-1", "refused by the General Secretariat: a private dispute"));
        assertThatThrownBy(() -> published().reviewSent(REVIEWER, true, "x", NOW))
                .as("a notice is reviewed before publication")
                .isInstanceOf(ConflictException.class);
    }
}
