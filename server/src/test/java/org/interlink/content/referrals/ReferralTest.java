package org.interlink.content.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.junit.jupiter.api.Test;

class ReferralTest {

    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    static Referral draft(ReferralKind kind, Addressee to, Restriction restriction) {
        return new Referral(
                UUID.randomUUID(),
                42,
                kind,
                ReferralStatus.DRAFT,
                "FR",
                restriction,
                to,
                "https://example.com/v/1",
                null,
                "recruitment video",
                Evidence.NONE,
                T0,
                null,
                null,
                null,
                null,
                0);
    }

    static Viewer viewer(String bureau) {
        return new Viewer("officer." + bureau.toLowerCase(), bureau, Set.of("OFFICER"), Classification.RESTRICTED);
    }

    @Test
    void sendingStartsTheHourAndActingEndsIt() {
        Referral sent = draft(ReferralKind.REMOVAL_ORDER, Addressee.platform("ExampleTube", null), Restriction.OPEN)
                .sent(T0.plusSeconds(60));
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.deadline()).isEqualTo(T0.plusSeconds(3_660));
        Referral acted = sent.acknowledged(T0.plusSeconds(120)).acted(T0.plusSeconds(600));
        assertThat(acted.status()).isEqualTo(ReferralStatus.ACTED);
        assertThat(acted.overdue(T0.plusSeconds(7_200))).isFalse();
        assertThat(sent.overdue(T0.plusSeconds(7_200))).isTrue();
        assertThat(sent.reference()).isEqualTo("RO-FR-000042");
    }

    @Test
    void refusesStepsOutOfOrder() {
        Referral draft = draft(ReferralKind.REFERRAL, Addressee.bureau("DE"), Restriction.OPEN);
        assertThatThrownBy(() -> draft.acted(T0))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("not been sent");
        assertThatThrownBy(() -> draft.acknowledged(T0)).isInstanceOf(ConflictException.class);
        Referral sent = draft.sent(T0);
        assertThatThrownBy(() -> sent.sent(T0)).isInstanceOf(ConflictException.class);
        Referral acted = sent.acted(T0);
        assertThat(acted.acknowledgedAt()).isNull();
        assertThatThrownBy(() -> acted.acknowledged(T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> acted.acted(T0)).isInstanceOf(ConflictException.class);
        assertThat(sent.deadline()).as("a referral has no deadline").isNull();
    }

    @Test
    void draftIsTheSendersAloneAndTheAddressedBureauSeesWhatIsSentToIt() {
        Referral draft =
                draft(ReferralKind.REMOVAL_ORDER, Addressee.bureau("DE"), Restriction.only(Classification.OFFICIAL));
        assertThat(draft.visibleTo(viewer("FR"))).isTrue();
        assertThat(draft.visibleTo(viewer("DE"))).isFalse();
        assertThat(draft.visibleTo(viewer("GS"))).isTrue();
        Referral sent = draft.sent(T0);
        assertThat(sent.visibleTo(viewer("DE"))).isTrue();
        assertThat(sent.visibleTo(viewer("IT")))
                .as("restricted to the owner alone")
                .isFalse();
        assertThat(sent.answeringBureau()).isEqualTo("DE");
        Referral toPlatform =
                draft(ReferralKind.REFERRAL, Addressee.platform("ExampleTube", "legal@example.com"), Restriction.OPEN);
        assertThat(toPlatform.answeringBureau()).isEqualTo("FR");
        assertThat(toPlatform.visibleTo(viewer("IT")))
                .as("a draft, even when open")
                .isFalse();
        assertThat(toPlatform.sent(T0).visibleTo(viewer("IT"))).isTrue();
    }
}
