package org.interlink.notices;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.CyberReportLinks;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.members.Countries;
import org.interlink.notices.rules.ComplianceGate;
import org.interlink.notices.rules.Finding;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The notices workflow: every operation runs in one transaction with its audit rows, its history steps and its events
 * (published through the transactional outbox, delivered after commit). A notice the viewer may not see answers
 * {@link NotFoundException}, exactly as a missing one.
 */
@Service
class NoticeWorkflow {

    static final int MAX_LIMIT = 200;

    private final Notices notices;
    private final Subjects subjects;
    private final Countries countries;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CyberReportLinks reports;
    private final Clock clock;

    @Autowired
    NoticeWorkflow(
            Notices notices,
            Subjects subjects,
            Countries countries,
            AuditLog audit,
            ApplicationEventPublisher events,
            CyberReportLinks reports) {
        this(notices, subjects, countries, audit, events, reports, Clock.systemUTC());
    }

    NoticeWorkflow(
            Notices notices,
            Subjects subjects,
            Countries countries,
            AuditLog audit,
            ApplicationEventPublisher events,
            CyberReportLinks reports,
            Clock clock) {
        this.notices = notices;
        this.reports = reports;
        this.subjects = subjects;
        this.countries = countries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Drafts a notice request (or, for a diffusion, drafts it and sends it when the gate lets it pass). */
    @Transactional
    Notice create(Viewer viewer, JsonNode body, boolean diffusion) {
        requireRequester(viewer);
        Instant now = clock.instant();
        NoticeBody.Parsed parsed = read(viewer, body, diffusion, null);
        String report = cyberReport(viewer, body);
        Notice notice =
                Notice.draft(UUID.randomUUID().toString(), viewer, parsed.request(), parsed.diffusionType(), now);
        recordSubject(viewer, notice, parsed);
        notices.insert(notice);
        if (report != null) {
            notices.linkCyberReport(notice.id(), report);
        }
        if (parsed.photo() != null) {
            notices.savePhoto(
                    notice.id(), parsed.photo().contentType(), parsed.photo().bytes());
        }
        if (diffusion) {
            notice.send(viewer, ComplianceGate.assess(notice.request(), today()), now);
        }
        save(notice);
        return notice;
    }

    /**
     * The body's optional {@code cyberReport}, the STIX id of a cyber report the writer may see; one they may not see
     * is refused exactly as one that does not exist.
     */
    private @Nullable String cyberReport(Viewer viewer, JsonNode body) {
        JsonNode node = body.path("cyberReport");
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String id = node.asString("").strip();
        if (!node.isString() || !reports.visible(viewer, id)) {
            throw new InvalidInputException("cyberReport", "no cyber report you may see has this id");
        }
        return id;
    }

    /**
     * The link to the cyber report the notice refers to, for a viewer who may see the notice: present only when the
     * viewer may see the report too (the report's read is audited with the purpose).
     */
    NoticeView.@Nullable CyberReportLink cyberReport(Viewer viewer, Notice notice, String purpose) {
        return notices.cyberReport(notice.id())
                .flatMap(id ->
                        reports.title(viewer, id, purpose).map(title -> new NoticeView.CyberReportLink(id, title)))
                .orElse(null);
    }

    /** Replaces the content of a draft or returned request. */
    @Transactional
    Notice replace(Viewer viewer, String id, JsonNode body) {
        requireRequester(viewer);
        Notice notice = load(viewer, id);
        NoticeBody.Parsed parsed = read(viewer, body, notice.kind() == Notice.Kind.DIFFUSION, notice.diffusionType());
        String report = cyberReport(viewer, body);
        notice.revise(viewer, parsed.request(), clock.instant());
        recordSubject(viewer, notice, parsed);
        if (report != null) {
            notices.linkCyberReport(notice.id(), report);
        }
        if (parsed.photo() != null) {
            notices.savePhoto(
                    notice.id(), parsed.photo().contentType(), parsed.photo().bytes());
        }
        save(notice);
        return notice;
    }

    /** Runs the compliance gate and, when nothing blocks, puts the request before the General Secretariat. */
    @Transactional
    Notice submit(Viewer viewer, String id) {
        Notice notice = load(viewer, id);
        refreshSubjectRecord(viewer, notice);
        if (notice.kind() == Notice.Kind.DIFFUSION) {
            notice.send(viewer, ComplianceGate.assess(notice.request(), today()), clock.instant());
        } else {
            notice.submit(viewer, ComplianceGate.assess(notice.request(), today()), clock.instant());
        }
        save(notice);
        return notice;
    }

    /**
     * The General Secretariat's decision, with a reason: on a submitted notice request {@code APPROVE}, {@code REFUSE}
     * or {@code RETURN}; on a diffusion already sent {@code CONFIRM} or {@code REFUSE} (withdrawn from circulation).
     */
    @Transactional
    Notice review(Viewer reviewer, String id, @Nullable String decision, @Nullable String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (decision == null
                || !List.of("APPROVE", "REFUSE", "RETURN", "CONFIRM").contains(decision)) {
            errors.add(new FieldError(
                    "decision", "must be APPROVE, REFUSE or RETURN (a notice), CONFIRM or REFUSE (a sent diffusion)"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            errors.add(new FieldError("reason", "is required (at most 2,000 characters): the requester is told"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Notice notice = load(reviewer, id);
        Instant now = clock.instant();
        if (notice.kind() == Notice.Kind.DIFFUSION) {
            if (decision.equals("RETURN") || decision.equals("APPROVE")) {
                throw new InvalidInputException(
                        "decision", "a diffusion already sent is reviewed with CONFIRM or REFUSE");
            }
            notice.reviewSent(reviewer, decision.equals("CONFIRM"), reason.strip(), now);
            save(notice);
            return notice;
        }
        if (decision.equals("CONFIRM")) {
            throw new InvalidInputException("decision", "a notice request is reviewed with APPROVE, REFUSE or RETURN");
        }
        if (decision.equals("APPROVE")) {
            refreshSubjectRecord(reviewer, notice);
            List<Finding> current = ComplianceGate.checkInput(notice.request(), today());
            if (!current.isEmpty()) {
                // The subject's record was narrowed since submission: publishing would share it wider.
                throw new ConflictException(
                        409,
                        "The request no longer meets "
                                + String.join(
                                        ", ",
                                        current.stream()
                                                .map(Finding::rule)
                                                .distinct()
                                                .toList())
                                + " (" + current.getFirst().message() + "): return it for correction");
            }
        }
        switch (decision) {
            case "APPROVE" -> notice.approve(reviewer, reason.strip(), now);
            case "REFUSE" -> notice.refuse(reviewer, reason.strip(), now);
            default -> notice.returnForCorrection(reviewer, reason.strip(), now);
        }
        save(notice);
        return notice;
    }

    /** The requester cancels a published notice (arrest made, person found, withdrawn). */
    @Transactional
    Notice cancel(Viewer viewer, String id, @Nullable String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException("reason", "is required (at most 2,000 characters), e.g. \"arrest made\"");
        }
        Notice notice = load(viewer, id);
        notice.cancel(viewer, reason.strip(), clock.instant());
        save(notice);
        return notice;
    }

    /** The requester renews a published notice for five more years. */
    @Transactional
    Notice renew(Viewer viewer, String id) {
        Notice notice = load(viewer, id);
        notice.renew(viewer, clock.instant());
        save(notice);
        return notice;
    }

    /** One notice or diffusion, if the viewer may see it; the consultation is audited. */
    @Transactional
    Notice get(Viewer viewer, String id, String purpose) {
        return get(viewer, id, purpose, null);
    }

    /** One notice of the kind asked (any kind when null), if the viewer may see it; the consultation is audited. */
    @Transactional
    Notice get(Viewer viewer, String id, String purpose, Notice.@Nullable Kind kind) {
        Optional<Notice> found =
                notices.find(id).filter(n -> kind == null || n.kind() == kind).filter(n -> n.visibleTo(viewer));
        audit.record(entry(
                viewer,
                Operation.READ,
                objectType(found.orElse(null)),
                id,
                purpose,
                found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND));
        return found.orElseThrow(() -> new NotFoundException("notice", id));
    }

    /** The notice's history, for its owner and the General Secretariat (others see none). */
    List<Notice.Step> history(Viewer viewer, Notice notice) {
        return mayFollow(viewer, notice) ? notices.history(notice.id()) : List.of();
    }

    /** True when the viewer sees the request's workflow: findings, reasons, history. */
    static boolean mayFollow(Viewer viewer, Notice notice) {
        return viewer.isGeneralSecretariat() || viewer.bureau().equals(notice.owner());
    }

    /** The photo of a notice the viewer may see. */
    @Transactional
    Notices.Photo photo(Viewer viewer, String id, String purpose) {
        Optional<Notices.Photo> photo =
                notices.find(id).filter(n -> n.visibleTo(viewer)).flatMap(n -> notices.photo(id));
        audit.record(entry(
                viewer,
                Operation.DOWNLOAD,
                "notice-photo",
                id,
                purpose,
                photo.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND));
        return photo.orElseThrow(() -> new NotFoundException("photo", id));
    }

    /** A page of the notices (or diffusions) the viewer may see, newest first; audited as one consultation. */
    @Transactional
    CursorPage<Notice> list(
            Viewer viewer,
            Notice.Kind kind,
            @Nullable NoticeType type,
            @Nullable NoticeStatus status,
            int limit,
            @Nullable String cursor,
            String purpose) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Long before = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                before = Long.parseLong(
                        new String(Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("cursor", "is not a cursor this API gave");
            }
        }
        List<Notices.Listed> rows = notices.list(viewer, kind, type, status, limit + 1, before);
        boolean more = rows.size() > limit;
        List<Notices.Listed> page = more ? rows.subList(0, limit) : rows;
        audit.record(entry(
                viewer,
                Operation.LIST,
                kind == Notice.Kind.NOTICE ? "notice" : "diffusion",
                "",
                purpose,
                Outcome.SUCCESS));
        String next = more
                ? Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                Long.toString(page.getLast().seq()).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                : null;
        return new CursorPage<>(page.stream().map(Notices.Listed::notice).toList(), next);
    }

    /** Takes every notice whose validity ended out of circulation; returns how many. Safe on several nodes. */
    @Transactional
    int expireDue(Instant now) {
        int expired = 0;
        for (String id : notices.expiredBy(now, 500)) {
            Optional<Notice> locked = notices.findForUpdate(id);
            if (locked.isEmpty() || locked.get().status() != NoticeStatus.PUBLISHED) {
                continue;
            }
            Notice notice = locked.get();
            notice.expire(now);
            save(notice);
            expired++;
        }
        return expired;
    }

    /** Reminds the requesters of notices within six months of expiry to renew them; returns how many. */
    @Transactional
    int remindDue(Instant now) {
        int reminded = 0;
        for (String id : notices.dueForReminder(now, 500)) {
            Optional<Notice> locked = notices.findForUpdate(id);
            if (locked.isEmpty() || locked.get().remindedAt() != null) {
                continue;
            }
            Notice notice = locked.get();
            notice.remind(now);
            save(notice);
            reminded++;
        }
        return reminded;
    }

    // ------------------------------------------------------------------ internals

    private NoticeBody.Parsed read(
            Viewer viewer, JsonNode body, boolean diffusion, @Nullable DiffusionType expectedType) {
        List<FieldError> errors = new ArrayList<>();
        NoticeBody.Parsed parsed = NoticeBody.read(body, diffusion, countries, errors);
        NoticeRequest request = parsed.request();
        if (expectedType != null && parsed.diffusionType() != null && parsed.diffusionType() != expectedType) {
            errors.add(new FieldError("type", "a diffusion keeps its type (" + expectedType + ")"));
        }
        if (request.recipients().contains(viewer.bureau())) {
            errors.add(new FieldError(
                    "recipients", "your own bureau is not a recipient: it always sees its own" + " diffusion"));
        }
        if (request.subject() != null && request.subject().personId() != null) {
            Optional<NoticeRequest.Subject> person =
                    subjects.visible(viewer, request.subject().personId());
            if (person.isEmpty()) {
                errors.add(new FieldError("subject.personId", "no such person, or you may not see it"));
            } else {
                NoticeRequest.Subject recorded = person.get();
                String description = request.subject().description();
                request = Notice.withSubject(
                        request,
                        new NoticeRequest.Subject(
                                recorded.personId(),
                                recorded.names(),
                                recorded.dateOfBirth(),
                                recorded.sex(),
                                recorded.nationalities(),
                                recorded.placeOfBirth(),
                                description != null ? description : recorded.description(),
                                recorded.recordOwner(),
                                recorded.recordAccess()));
                if (!parsed.accessGiven() && recorded.recordAccess() != null) {
                    // Never wider than the record: without a stated restriction the request takes the record's.
                    request = request.withAccess(recorded.recordAccess());
                }
                if (request.publicExtract() && !viewer.bureau().equals(recorded.recordOwner())) {
                    errors.add(new FieldError(
                            "publicExtract",
                            "the subject's record belongs to " + recorded.recordOwner()
                                    + ": only its owner may consent to a public extract"));
                }
            }
        } else if (request.subject() != null && parsed.personBody() != null) {
            // A new subject record is restricted as stated, else as the request: the same audience, and its
            // classification up to the requester's clearance (records refuses a record above it; a record classified
            // lower than the request still holds the request within it).
            Restriction stated = parsed.personBody().access();
            Restriction inherited = request.restriction();
            if (!viewer.clearance().reaches(inherited.classification())) {
                inherited = new Restriction(viewer.clearance(), inherited.audience(), inherited.countries());
            }
            request = Notice.withSubject(
                    request, request.subject().withRecord(viewer.bureau(), stated != null ? stated : inherited));
        }
        for (Finding finding : ComplianceGate.checkInput(request, today())) {
            errors.add(new FieldError(finding.field(), finding.message() + " (rule " + finding.rule() + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NoticeBody.Parsed(
                request, parsed.diffusionType(), parsed.photo(), parsed.personBody(), parsed.accessGiven());
    }

    /** Notes the subject record's owner and restriction as they are now: it may have been narrowed since the draft. */
    private void refreshSubjectRecord(Viewer viewer, Notice notice) {
        String personId = notice.personId();
        if (personId != null && mayFollow(viewer, notice)) {
            subjects.asRecorded(personId)
                    .filter(s -> s.recordOwner() != null && s.recordAccess() != null)
                    .ifPresent(s -> notice.subjectRecordIs(s.recordOwner(), s.recordAccess()));
        }
    }

    private void recordSubject(Viewer viewer, Notice notice, NoticeBody.Parsed parsed) {
        NoticeRequest.Subject subject = notice.request().subject();
        if (parsed.personBody() != null
                && subject != null
                && notice.request().type().aboutAPerson()) {
            Restriction access = subject.recordAccess() != null ? subject.recordAccess() : notice.restriction();
            subjects.record(viewer, notice.request().type(), parsed.personBody(), access)
                    .ifPresent(notice::subjectRecorded);
        }
    }

    private Notice load(Viewer viewer, String id) {
        Optional<Notice> found = notices.findForUpdate(id).filter(n -> n.visibleTo(viewer));
        if (found.isEmpty()) {
            throw new NotFoundException("notice", id);
        }
        return found.get();
    }

    private static void requireRequester(Viewer viewer) {
        if (viewer.isGeneralSecretariat()) {
            throw new ConflictException(403, "Requests are made by member bureaus; the General Secretariat reviews");
        }
        if (!viewer.hasRole("EDITOR")) {
            throw new ConflictException(403, "Requests are made by editors");
        }
    }

    /** Writes the notice, its new history steps with one audit row each, and publishes its events. */
    private void save(Notice notice) {
        notices.update(notice);
        List<Notice.Step> steps = notice.takeSteps();
        notices.appendHistory(notice.id(), steps);
        audit.recordAll(steps.stream()
                .map(step -> new AuditEntry(
                        step.actor(),
                        step.bureau(),
                        operation(step.step()),
                        objectType(notice),
                        notice.id(),
                        purpose(step),
                        step.step().equals("GATE_BLOCKED") ? Outcome.FAILED : Outcome.SUCCESS))
                .toList());
        notice.takeEvents().forEach(events::publishEvent);
    }

    static Operation operation(String step) {
        return switch (step) {
            case "DRAFT" -> Operation.CREATE;
            case "GATE_PASSED", "GATE_BLOCKED", "APPROVE", "REFUSE", "RETURN", "CONFIRM" -> Operation.REVIEW;
            case "PUBLISH" -> Operation.DISCLOSE;
            case "SUBMIT" -> Operation.SEND;
            default -> Operation.UPDATE;
        };
    }

    /** The audit row's purpose: the step, and its reason when there is one. */
    static String purpose(Notice.Step step) {
        String name = step.step().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return step.reason() == null ? "notice " + name : "notice " + name + ": " + step.reason();
    }

    static String objectType(@Nullable Notice notice) {
        return notice != null && notice.kind() == Notice.Kind.DIFFUSION ? "diffusion" : "notice";
    }

    static AuditEntry entry(
            Viewer viewer, Operation operation, String objectType, String id, String purpose, Outcome outcome) {
        return new AuditEntry(viewer.actor(), viewer.bureau(), operation, objectType, id, purpose, outcome);
    }
}
