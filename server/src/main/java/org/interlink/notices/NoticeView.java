package org.interlink.notices;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.notices.rules.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A notice or diffusion as the API answers it. The workflow (findings, reason, history) is shown only to the requesting
 * bureau and the General Secretariat; other members see the notice itself.
 */
record NoticeView(
        String id,
        String kind,
        String type,
        @Nullable String diffusionType,
        NoticeStatus status,
        String owner,
        String action,
        @Nullable SubjectView subject,
        NoticeRequest.@Nullable Offence offence,
        NoticeRequest.@Nullable Warrant warrant,
        NoticeRequest.@Nullable Occurrence event,
        @Nullable String purpose,
        @Nullable String threat,
        @Nullable String modusOperandi,
        NoticeRequest.@Nullable Asset asset,
        NoticeRequest.@Nullable Sanctions sanctions,
        @Nullable String description,
        NoticeRequest.Identifiers identifiers,
        boolean publicExtract,
        Restriction access,
        @Nullable Set<String> recipients,
        @Nullable List<Finding> findings,
        @Nullable String reason,
        Instant createdAt,
        @Nullable Instant submittedAt,
        @Nullable Instant decidedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant expiresAt,
        @Nullable List<StepView> history,
        @Nullable CyberReportLink cyberReport) {

    /** The cyber report a notice refers to, shown only to a reader who may see the report: its STIX id and title. */
    record CyberReportLink(String id, String title) {}

    record SubjectView(
            @Nullable String personId,
            String name,
            List<String> names,
            @Nullable String dateOfBirth,
            @Nullable String sex,
            Set<String> nationalities,
            @Nullable String placeOfBirth,
            @Nullable String description) {}

    record StepView(
            Instant at,
            String actor,
            String bureau,
            String step,
            @Nullable String reason) {}

    static NoticeView of(Notice n, Viewer viewer, List<Notice.Step> history) {
        NoticeRequest r = n.request();
        boolean follows = NoticeWorkflow.mayFollow(viewer, n);
        NoticeRequest.Subject s = r.subject();
        return new NoticeView(
                n.id(),
                n.kind().name(),
                r.type().name(),
                n.diffusionType() == null ? null : n.diffusionType().name(),
                n.status(),
                n.owner(),
                n.action(),
                s == null
                        ? null
                        : new SubjectView(
                                s.personId(),
                                s.name(),
                                s.names(),
                                s.dateOfBirth(),
                                s.sex(),
                                s.nationalities(),
                                s.placeOfBirth(),
                                s.description()),
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
                n.restriction(),
                n.kind() == Notice.Kind.DIFFUSION ? r.recipients() : null,
                follows ? n.findings() : null,
                follows ? n.reason() : null,
                n.createdAt(),
                n.submittedAt(),
                n.decidedAt(),
                n.publishedAt(),
                n.expiresAt(),
                follows
                        ? history.stream()
                                .map(h -> new StepView(h.at(), h.actor(), h.bureau(), h.step(), h.reason()))
                                .toList()
                        : null,
                null);
    }

    /** The same view with the link to the cyber report the reader may see (single reads carry it, lists do not). */
    NoticeView with(@Nullable CyberReportLink link) {
        return new NoticeView(
                id,
                kind,
                type,
                diffusionType,
                status,
                owner,
                action,
                subject,
                offence,
                warrant,
                event,
                purpose,
                threat,
                modusOperandi,
                asset,
                sanctions,
                description,
                identifiers,
                publicExtract,
                access,
                recipients,
                findings,
                reason,
                createdAt,
                submittedAt,
                decidedAt,
                publishedAt,
                expiresAt,
                history,
                link);
    }
}
