package org.interlink.notices;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * What a bureau asks for: the content of a notice or diffusion request, as the compliance gate reads it. Which parts a
 * type needs is the business of its rules ({@code notices/rules/<Type>NoticeRules.java}); absent parts are null.
 *
 * @param type the notice type; for a diffusion, the type whose rules it must meet (a {@code WANTED} diffusion meets the
 *     Red Notice rules)
 * @param subject the person concerned, as recorded (null for Purple and Orange notices about no one)
 * @param offence the offence charged or convicted of (Red, Blue, Green, Purple, Silver)
 * @param warrant the arrest warrant or judicial decision (Red)
 * @param event the disappearance (Yellow) or the discovery of the body (Black)
 * @param purpose Blue: {@code LOCATE}, {@code IDENTIFY} or {@code INFORMATION}
 * @param threat Green and Orange: why the person, object or event is a threat
 * @param modusOperandi Purple: the method, object or concealment described
 * @param asset Silver: the asset to trace
 * @param sanctions UNSC: the sanctions committee and list entry
 * @param description a physical description (Black: the body; others: distinguishing marks)
 * @param identifiers which biometric identifiers come with the request
 * @param publicExtract the requester consents to a public extract (Red and Yellow notices only)
 * @param access who may see it once published
 * @param recipients for a diffusion, the countries it goes to (ISO alpha-2); empty for a notice
 */
public record NoticeRequest(
        NoticeType type,
        @Nullable Subject subject,
        @Nullable Offence offence,
        @Nullable Warrant warrant,
        @Nullable Occurrence event,
        @Nullable String purpose,
        @Nullable String threat,
        @Nullable String modusOperandi,
        @Nullable Asset asset,
        @Nullable Sanctions sanctions,
        @Nullable String description,
        Identifiers identifiers,
        boolean publicExtract,
        Restriction access,
        Set<String> recipients) {

    public NoticeRequest {
        recipients = Set.copyOf(recipients);
    }

    /** Who may see it once published: for a diffusion, its recipients only, at the classification asked. */
    public Restriction restriction() {
        return isDiffusion()
                ? new Restriction(access.classification(), org.interlink.access.Audience.ONLY, recipients)
                : access;
    }

    /** The same request with another restriction. */
    public NoticeRequest withAccess(Restriction restriction) {
        return new NoticeRequest(
                type,
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
                restriction,
                recipients);
    }

    /** True for a diffusion: sent by the bureau straight to its recipients, reviewed by the GS only afterwards. */
    public boolean isDiffusion() {
        return !recipients.isEmpty();
    }

    /**
     * What the request is about in its own words, for an officer who meets the subject: the offence (Red, Green,
     * Silver, diffusions), else the disappearance or finding (Yellow, Black), the threat (Orange) or the modus operandi
     * (Purple). Null when the request states none of them.
     */
    public @Nullable String about() {
        return firstStated(
                offence == null ? null : offence.summary(),
                event == null ? null : event.circumstances(),
                threat,
                modusOperandi);
    }

    private static @Nullable String firstStated(@Nullable String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text.strip();
            }
        }
        return null;
    }

    /**
     * The subject as recorded or to be recorded.
     *
     * @param personId the person record, once known
     * @param names the primary name first, then other names and names in other scripts
     * @param dateOfBirth full or partial ({@code 1952}, {@code 1952-10}, {@code 1952-10-07})
     * @param sex {@code M}, {@code F} or {@code U}
     * @param nationalities ISO alpha-2 codes
     * @param description occupation, role or distinguishing marks as the request states them
     * @param recordOwner the bureau owning the subject's person record, once known
     * @param recordAccess the restriction of the subject's person record as last read (at each write and at
     *     submission), once known: the request may not be shared wider (rule {@code ACCESS-WITHIN-SUBJECT})
     */
    public record Subject(
            @Nullable String personId,
            List<String> names,
            @Nullable String dateOfBirth,
            @Nullable String sex,
            Set<String> nationalities,
            @Nullable String placeOfBirth,
            @Nullable String description,
            @Nullable String recordOwner,
            @Nullable Restriction recordAccess) {

        public Subject {
            names = List.copyOf(names);
            nationalities = Set.copyOf(nationalities);
        }

        /** The primary name, or empty when there is none. */
        public String name() {
            return names.isEmpty() ? "" : names.getFirst();
        }

        public Subject withPersonId(String id) {
            return new Subject(
                    id, names, dateOfBirth, sex, nationalities, placeOfBirth, description, recordOwner, recordAccess);
        }

        /** The same subject, its record owned by {@code owner} and restricted by {@code access}. */
        public Subject withRecord(String owner, Restriction access) {
            return new Subject(
                    personId, names, dateOfBirth, sex, nationalities, placeOfBirth, description, owner, access);
        }
    }

    /**
     * The offence. Penalties are in months.
     *
     * @param maxPenaltyMonths the maximum penalty the law provides (prosecution)
     * @param sentenceImposedMonths the sentence imposed (conviction)
     * @param sentenceRemainingMonths what remains to be served (conviction)
     */
    public record Offence(
            @Nullable String summary,
            @Nullable String legalProvision,
            @Nullable Integer maxPenaltyMonths,
            @Nullable Integer sentenceImposedMonths,
            @Nullable Integer sentenceRemainingMonths) {

        /** True when the request is about a conviction (a sentence is given) rather than a prosecution. */
        public boolean isConviction() {
            return sentenceImposedMonths != null || sentenceRemainingMonths != null;
        }
    }

    /** The arrest warrant or judicial decision. */
    public record Warrant(
            @Nullable String reference,
            @Nullable LocalDate issuedOn,
            @Nullable String authority) {}

    /** When, where and how a person disappeared or a body was found. */
    public record Occurrence(
            @Nullable LocalDate date,
            @Nullable String place,
            @Nullable String circumstances) {}

    /** A criminal asset to trace (Silver). */
    public record Asset(
            @Nullable String kind,
            @Nullable String description,
            @Nullable String location) {}

    /** The UN Security Council sanctions behind a Special Notice, e.g. committee {@code 1267}, entry {@code QDi.431}. */
    public record Sanctions(
            @Nullable String committee, @Nullable String reference) {}

    /**
     * Biometric identifiers that come with the request.
     *
     * @param photo a photo is attached
     * @param fingerprints reference of the fingerprints sent (e.g. an AFIS record number), or null
     * @param dna reference of a DNA profile, or null
     */
    public record Identifiers(
            boolean photo,
            @Nullable String fingerprints,
            @Nullable String dna) {

        public static final Identifiers NONE = new Identifiers(false, null, null);
    }
}
