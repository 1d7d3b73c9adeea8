package org.interlink.notices;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.interlink.notices.rules.ComplianceGate;
import org.interlink.notices.rules.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A notice or diffusion: the aggregate. Its state changes only through the intention-revealing methods below, each of
 * which guards its transition, notes the step (actor and reason) and registers the events to publish.
 */
final class Notice {

    /** A notice is valid for five years from publication, and is renewed for five more. */
    static final int VALIDITY_YEARS = 5;

    /** The requester is reminded to renew six months before expiry. */
    static final int REMINDER_MONTHS = 6;

    enum Kind {
        NOTICE,
        DIFFUSION
    }

    /** One step of the workflow, for the notice's history and the audit log. Public: templates read it. */
    public record Step(
            Instant at,
            String actor,
            String bureau,
            String step,
            @Nullable String reason) {}

    /**
     * What was judged before the requester last edited a request the gate blocked or flagged: the findings, and the
     * request they were about. Public: templates read it.
     */
    public record Earlier(List<Finding> findings, NoticeRequest request) {

        public Earlier {
            findings = List.copyOf(findings);
        }

        /** True when an Article 3 rule flagged the earlier request. */
        public boolean article3() {
            return findings.stream().anyMatch(f -> f.rule().startsWith("ART3-"));
        }
    }

    private final String id;
    private final Kind kind;
    private final @Nullable DiffusionType diffusionType;
    private final String owner;
    private final Instant createdAt;
    private NoticeRequest request;
    private NoticeStatus status;
    private List<Finding> findings;
    private @Nullable String reason;
    private @Nullable Instant submittedAt;
    private @Nullable Instant decidedAt;
    private @Nullable Instant publishedAt;
    private @Nullable Instant expiresAt;
    private @Nullable Instant remindedAt;
    private @Nullable Instant closedAt;
    private @Nullable Earlier earlier;
    private final long version;
    private final List<Step> steps = new ArrayList<>();
    private final List<Object> events = new ArrayList<>();

    Notice(
            String id,
            Kind kind,
            @Nullable DiffusionType diffusionType,
            String owner,
            Instant createdAt,
            NoticeRequest request,
            NoticeStatus status,
            List<Finding> findings,
            @Nullable String reason,
            @Nullable Instant submittedAt,
            @Nullable Instant decidedAt,
            @Nullable Instant publishedAt,
            @Nullable Instant expiresAt,
            @Nullable Instant remindedAt,
            @Nullable Instant closedAt,
            @Nullable Earlier earlier,
            long version) {
        this.id = id;
        this.kind = kind;
        this.diffusionType = diffusionType;
        this.owner = owner;
        this.createdAt = createdAt;
        this.request = request;
        this.status = status;
        this.findings = List.copyOf(findings);
        this.reason = reason;
        this.submittedAt = submittedAt;
        this.decidedAt = decidedAt;
        this.publishedAt = publishedAt;
        this.expiresAt = expiresAt;
        this.remindedAt = remindedAt;
        this.closedAt = closedAt;
        this.earlier = earlier;
        this.version = version;
    }

    /** A new request, drafted by a bureau's editor. */
    static Notice draft(
            String id, Viewer requester, NoticeRequest request, @Nullable DiffusionType diffusionType, Instant now) {
        Notice notice = new Notice(
                id,
                diffusionType == null ? Kind.NOTICE : Kind.DIFFUSION,
                diffusionType,
                requester.bureau(),
                now,
                request,
                NoticeStatus.DRAFT,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                0);
        notice.step(now, requester, "DRAFT", null);
        return notice;
    }

    /** Replaces the content of a draft or of a returned request; it becomes a draft again. */
    void revise(Viewer editor, NoticeRequest revised, Instant now) {
        requireOwner(editor);
        require(
                status == NoticeStatus.DRAFT || status == NoticeStatus.RETURNED,
                "only a draft or a returned request" + " can be changed");
        if (!findings.isEmpty()) {
            // Kept until the next judged version: the reviewer sees what the findings were about and what changed.
            this.earlier = new Earlier(findings, request);
        }
        this.request = revised;
        this.status = NoticeStatus.DRAFT;
        this.findings = List.of();
        step(now, editor, "REVISE", null);
    }

    /**
     * Submits a notice request with the compliance gate's findings: it goes to the General Secretariat's review, or
     * stays a draft when a finding blocks it.
     */
    void submit(Viewer editor, List<Finding> gateFindings, Instant now) {
        requireOwner(editor);
        require(kind == Kind.NOTICE, "a diffusion is sent, not submitted");
        require(
                status == NoticeStatus.DRAFT || status == NoticeStatus.RETURNED,
                "only a draft or a returned request" + " can be submitted");
        this.findings = List.copyOf(gateFindings);
        this.submittedAt = now;
        step(now, editor, "SUBMIT", null);
        boolean blocked = ComplianceGate.blocks(gateFindings);
        this.status = blocked ? NoticeStatus.DRAFT : NoticeStatus.SUBMITTED;
        step(now, editor, blocked ? "GATE_BLOCKED" : "GATE_PASSED", gateSummary(gateFindings));
    }

    /** Sends a diffusion that passes the gate straight to its recipients; a blocked one stays a draft. */
    void send(Viewer editor, List<Finding> gateFindings, Instant now) {
        requireOwner(editor);
        require(kind == Kind.DIFFUSION, "a notice is submitted for review, not sent");
        require(status == NoticeStatus.DRAFT, "only a draft diffusion can be sent");
        this.findings = List.copyOf(gateFindings);
        this.submittedAt = now;
        boolean blocked = ComplianceGate.blocks(gateFindings);
        step(now, editor, blocked ? "GATE_BLOCKED" : "GATE_PASSED", gateSummary(gateFindings));
        if (!blocked) {
            publish(editor, now, "sent to " + String.join(", ", request.recipients()));
        }
    }

    /** The reviewer approves the request: it is published to every member its restriction allows. */
    void approve(Viewer reviewer, String why, Instant now) {
        requireReviewable(reviewer);
        decide(reviewer, "APPROVE", why, now);
        publish(reviewer, now, why);
    }

    /** The reviewer refuses the request, for good. */
    void refuse(Viewer reviewer, String why, Instant now) {
        requireReviewable(reviewer);
        decide(reviewer, "REFUSE", why, now);
        this.status = NoticeStatus.REFUSED;
        this.closedAt = now;
    }

    /** The reviewer returns the request to the requester to be corrected and submitted again. */
    void returnForCorrection(Viewer reviewer, String why, Instant now) {
        requireReviewable(reviewer);
        decide(reviewer, "RETURN", why, now);
        this.status = NoticeStatus.RETURNED;
    }

    /**
     * The General Secretariat's review of a diffusion after it was sent: it confirms it, or finds it non-compliant and
     * takes it out of circulation ({@code REFUSED}, the subject leaves screening).
     */
    void reviewSent(Viewer reviewer, boolean compliant, String why, Instant now) {
        requireReviewer(reviewer);
        require(kind == Kind.DIFFUSION, "only a diffusion is reviewed after it is sent");
        require(status == NoticeStatus.PUBLISHED, "only a diffusion in circulation is reviewed (it is " + status + ")");
        decide(reviewer, compliant ? "CONFIRM" : "REFUSE", why, now);
        if (!compliant) {
            this.status = NoticeStatus.REFUSED;
            this.closedAt = now;
            withdraw("refused by the General Secretariat: " + why);
        }
    }

    /** The requester withdraws a notice from circulation (arrest made, person found, withdrawn). */
    void cancel(Viewer requester, String why, Instant now) {
        requireOwner(requester);
        require(status == NoticeStatus.PUBLISHED, "only a published notice can be cancelled");
        this.status = NoticeStatus.CANCELLED;
        this.reason = why;
        this.closedAt = now;
        step(now, requester, "CANCEL", why);
        withdraw("cancelled: " + why);
    }

    /** The validity ran out: the notice leaves circulation. */
    void expire(Instant now) {
        require(status == NoticeStatus.PUBLISHED, "only a published notice expires");
        require(expiresAt != null && !expiresAt.isAfter(now), "the notice has not reached its expiry");
        this.status = NoticeStatus.EXPIRED;
        this.reason = "expired";
        this.closedAt = now;
        steps.add(new Step(now, "system", Viewer.GENERAL_SECRETARIAT, "EXPIRE", "validity of 5 years ended"));
        withdraw("expired");
    }

    /** The requester renews the notice for five more years, within the six months before it expires. */
    void renew(Viewer requester, Instant now) {
        requireOwner(requester);
        require(status == NoticeStatus.PUBLISHED && expiresAt != null, "only a published notice can be renewed");
        require(
                !now.isBefore(reminderDue(expiresAt)),
                "a notice is renewed within the 6 months before it expires" + " (from " + reminderDue(expiresAt) + ")");
        this.expiresAt = plusYears(expiresAt, VALIDITY_YEARS);
        this.remindedAt = null;
        step(now, requester, "RENEW", "valid until " + expiresAt);
    }

    /** Notes that the requester was reminded to renew. */
    void remind(Instant now) {
        require(status == NoticeStatus.PUBLISHED && remindedAt == null, "already reminded");
        this.remindedAt = now;
        steps.add(new Step(now, "system", Viewer.GENERAL_SECRETARIAT, "RENEWAL_REMINDER", "expires " + expiresAt));
    }

    /** Links the subject to the person record created for it. */
    void subjectRecorded(String personId) {
        if (request.subject() != null) {
            request = withSubject(request, request.subject().withPersonId(personId));
        }
    }

    /** Notes the subject record's owner and restriction as they are now, for the gate to judge the request against. */
    void subjectRecordIs(String recordOwner, Restriction recordAccess) {
        if (request.subject() != null) {
            request = withSubject(request, request.subject().withRecord(recordOwner, recordAccess));
        }
    }

    private void publish(Viewer by, Instant now, String why) {
        this.status = NoticeStatus.PUBLISHED;
        this.publishedAt = now;
        this.expiresAt = plusYears(now, VALIDITY_YEARS);
        this.remindedAt = null;
        step(now, by, "PUBLISH", why);
        NoticePublished publication = publication();
        if (publication != null) {
            events.add(publication);
        }
    }

    /** The event that puts this notice in circulation; null when it is not about a person. */
    @Nullable
    NoticePublished publication() {
        String personId = personId();
        return personId == null
                ? null
                : new NoticePublished(
                        id, request.type().name(), personId, owner, restriction(), action(), request.about());
    }

    private void withdraw(String why) {
        String personId = personId();
        if (personId != null) {
            events.add(new NoticeWithdrawn(id, personId, why));
        }
    }

    private void decide(Viewer reviewer, String decision, String why, Instant now) {
        this.reason = why;
        this.decidedAt = now;
        step(now, reviewer, decision, why);
    }

    private void requireReviewable(Viewer reviewer) {
        requireReviewer(reviewer);
        require(kind == Kind.NOTICE, "diffusions are not reviewed before they are sent");
        require(status == NoticeStatus.SUBMITTED, "only a submitted request can be reviewed (it is " + status + ")");
    }

    private static void requireReviewer(Viewer reviewer) {
        if (!reviewer.isGeneralSecretariat() || !reviewer.hasRole("REVIEWER")) {
            throw new ConflictException(403, "Only a reviewer of the General Secretariat decides on a request");
        }
    }

    private void requireOwner(Viewer viewer) {
        if (!viewer.bureau().equals(owner)) {
            throw new ConflictException(403, "Only the requesting bureau (" + owner + ") may do this");
        }
        if (!viewer.hasRole("EDITOR")) {
            throw new ConflictException(403, "Requests are made by editors");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ConflictException(409, message);
        }
    }

    private void step(Instant at, Viewer by, String step, @Nullable String why) {
        steps.add(new Step(at, by.actor(), by.bureau(), step, why));
    }

    private static String gateSummary(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings";
        }
        return findings.stream()
                .map(f -> f.rule() + " (" + f.severity() + ")")
                .distinct()
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    static Instant plusYears(Instant at, int years) {
        return at.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
    }

    static Instant reminderDue(Instant expiresAt) {
        return expiresAt.atOffset(ZoneOffset.UTC).minusMonths(REMINDER_MONTHS).toInstant();
    }

    static NoticeRequest withSubject(NoticeRequest r, NoticeRequest.Subject subject) {
        return new NoticeRequest(
                r.type(),
                subject,
                r.offence(),
                r.warrant(),
                r.event(),
                r.purpose(),
                r.threat(),
                r.modusOperandi(),
                r.asset(),
                r.sanctions(),
                r.description(),
                r.identifiers(),
                r.publicExtract(),
                r.access(),
                r.recipients());
    }

    /** Who may see the notice once published: for a diffusion, its recipients only. */
    Restriction restriction() {
        return request.restriction();
    }

    String action() {
        return diffusionType == null ? request.type().action() : diffusionType.action();
    }

    @Nullable
    String personId() {
        return request.subject() == null ? null : request.subject().personId();
    }

    /** The steps taken since the notice was loaded, oldest first; then forgotten. */
    List<Step> takeSteps() {
        List<Step> taken = List.copyOf(steps);
        steps.clear();
        return taken;
    }

    /** The events registered since the notice was loaded; then forgotten. */
    List<Object> takeEvents() {
        List<Object> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    String id() {
        return id;
    }

    Kind kind() {
        return kind;
    }

    @Nullable
    DiffusionType diffusionType() {
        return diffusionType;
    }

    String owner() {
        return owner;
    }

    Instant createdAt() {
        return createdAt;
    }

    NoticeRequest request() {
        return request;
    }

    NoticeStatus status() {
        return status;
    }

    List<Finding> findings() {
        return findings;
    }

    @Nullable
    String reason() {
        return reason;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    @Nullable
    Instant decidedAt() {
        return decidedAt;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    @Nullable
    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant remindedAt() {
        return remindedAt;
    }

    @Nullable
    Instant closedAt() {
        return closedAt;
    }

    /** The findings and request before the last edit of a blocked or flagged request; null when there was none. */
    @Nullable
    Earlier earlier() {
        return earlier;
    }

    long version() {
        return version;
    }

    /** True when the viewer may see this notice: its owner and the GS always; others only while it circulates. */
    boolean visibleTo(Viewer viewer) {
        if (viewer.isGeneralSecretariat() || viewer.bureau().equals(owner)) {
            return true;
        }
        return status.inCirculation() && org.interlink.access.AccessPolicy.maySee(viewer, owner, restriction());
    }
}
