package org.interlink.content.referrals;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.jspecify.annotations.Nullable;

/**
 * A referral or removal order. Its state changes only through {@link #sent}, {@link #acknowledged} and {@link
 * #acted}, which refuse a step out of order (409): nothing is acknowledged or acted on before it is sent, nor
 * acknowledged after it was acted on, nor done twice.
 *
 * <p>Public: the pages' templates read it.
 *
 * @param seq the row's sequence number, 0 before it is stored; it numbers the {@link #reference()}
 * @param url the content referred, or null when {@code item} names it
 * @param item the platform's identifier of the content (a post or account id), or null
 * @param grounds why the content is terrorist content or breaks the terms, as sent to the addressee
 */
public record Referral(
        UUID id,
        long seq,
        ReferralKind kind,
        ReferralStatus status,
        String owner,
        Restriction restriction,
        Addressee to,
        @Nullable String url,
        @Nullable String item,
        String grounds,
        Evidence evidence,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable Instant deadline,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant actedAt,
        long version) {

    /** The reference quoted to the addressee and printed on the PDF, e.g. {@code RO-FR-000042}. */
    public String reference() {
        return (kind == ReferralKind.REMOVAL_ORDER ? "RO" : "RF") + "-" + owner + "-"
                + String.format(Locale.ROOT, "%06d", seq);
    }

    /**
     * Whether the viewer may see it: the owner and the General Secretariat always; once sent, the addressed bureau and
     * whoever the restriction admits. A draft is its owner's alone.
     */
    boolean visibleTo(Viewer viewer) {
        if (viewer.isGeneralSecretariat() || viewer.bureau().equals(owner)) {
            return true;
        }
        return status != ReferralStatus.DRAFT
                && (viewer.bureau().equals(to.bureau()) || AccessPolicy.maySee(viewer, owner, restriction));
    }

    /** The bureau that records the addressee's answers: the addressed bureau, or for a platform the sender. */
    String answeringBureau() {
        return to.namesBureau() ? to.bureau() : owner;
    }

    boolean overdue(Instant now) {
        return Deadlines.overdue(status, deadline, now);
    }

    Referral sent(Instant at) {
        require(status == ReferralStatus.DRAFT, "it was already sent");
        return with(ReferralStatus.SENT, at, Deadlines.deadline(kind, at), null, null);
    }

    Referral acknowledged(Instant at) {
        require(status != ReferralStatus.DRAFT, "it has not been sent yet");
        require(status == ReferralStatus.SENT, "it was already " + status.name().toLowerCase(Locale.ROOT));
        return with(ReferralStatus.ACKNOWLEDGED, sentAt, deadline, at, null);
    }

    Referral acted(Instant at) {
        require(status != ReferralStatus.DRAFT, "it has not been sent yet");
        require(status != ReferralStatus.ACTED, "it was already acted on");
        return with(ReferralStatus.ACTED, sentAt, deadline, acknowledgedAt, at);
    }

    /** The same referral as stored with its sequence number. */
    Referral numbered(long number) {
        return copy(number, status, sentAt, deadline, acknowledgedAt, actedAt, evidence, version);
    }

    /** The same referral after its update was written. */
    Referral saved() {
        return copy(seq, status, sentAt, deadline, acknowledgedAt, actedAt, evidence, version + 1);
    }

    /** The same referral showing other evidence (the part a viewer may see). */
    Referral showing(Evidence shown) {
        return copy(seq, status, sentAt, deadline, acknowledgedAt, actedAt, shown, version);
    }

    private Referral with(
            ReferralStatus next,
            @Nullable Instant sent,
            @Nullable Instant due,
            @Nullable Instant acknowledged,
            @Nullable Instant acted) {
        return copy(seq, next, sent, due, acknowledged, acted, evidence, version);
    }

    private Referral copy(
            long number,
            ReferralStatus next,
            @Nullable Instant sent,
            @Nullable Instant due,
            @Nullable Instant acknowledged,
            @Nullable Instant acted,
            Evidence shown,
            long v) {
        return new Referral(
                id,
                number,
                kind,
                next,
                owner,
                restriction,
                to,
                url,
                item,
                grounds,
                shown,
                createdAt,
                sent,
                due,
                acknowledged,
                acted,
                v);
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new ConflictException(409, "Not possible now: " + reason);
        }
    }
}
