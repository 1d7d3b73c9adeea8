package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.notices.NoticeRequest;
import org.jspecify.annotations.Nullable;

/** Rules every request meets, whatever its type. */
public final class CommonRules {

    /** Months in 100 years: a longer maximum penalty is a penalty given in days, or a typing error. */
    static final int MAX_MONTHS = 1200;

    static final Rule DATE_NOT_IN_FUTURE = Rule.input(
            "DATE-NOT-IN-FUTURE",
            "The warrant's date, the date of the disappearance or discovery and the subject's date of birth are not"
                    + " after today.",
            "RPD Art. 12 (quality of data: accurate and relevant)",
            CommonRules::datesNotInFuture);

    static final Rule PENALTY_RANGE = Rule.input(
            "PENALTY-RANGE",
            "Penalties are whole months between 1 and 1200, and the sentence remaining is not longer than the sentence"
                    + " imposed.",
            "RPD Art. 12 (quality of data); Art. 83(1)(b) states the thresholds in years and months",
            CommonRules::penaltyRange);

    static final Rule PUBLIC_EXTRACT_SCOPE = Rule.input(
            "PUBLIC-EXTRACT-SCOPE",
            "A public extract is only for a Red or Yellow Notice (not a diffusion) shared with every member at"
                    + " OFFICIAL, whose subject's person record is shared so too.",
            "RPD: extracts of notices are published on the public website only with the requesting source's consent",
            CommonRules::publicExtractScope);

    static final Rule ACCESS_WITHIN_SUBJECT = Rule.input(
            "ACCESS-WITHIN-SUBJECT",
            "The request is shared no wider than its subject's person record: every member it reaches may see the"
                    + " record, and its classification is not lower (Restriction.isWithin).",
            "RPD: the source of data decides who may access them, and every use of the data respects it",
            CommonRules::accessWithinSubject);

    private CommonRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(DATE_NOT_IN_FUTURE, PENALTY_RANGE, ACCESS_WITHIN_SUBJECT, PUBLIC_EXTRACT_SCOPE);
    }

    static List<Violation> datesNotInFuture(NoticeRequest r, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (r.warrant() != null
                && r.warrant().issuedOn() != null
                && r.warrant().issuedOn().isAfter(today)) {
            found.add(new Violation(
                    "warrant.issuedOn",
                    "is in the future (" + r.warrant().issuedOn() + "): a warrant is issued before" + " it is sent"));
        }
        if (r.event() != null && r.event().date() != null && r.event().date().isAfter(today)) {
            found.add(
                    new Violation("event.date", "is in the future (" + r.event().date() + ")"));
        }
        if (r.subject() != null && birthAfter(r.subject().dateOfBirth(), today)) {
            found.add(new Violation(
                    "subject.dateOfBirth", "is in the future (" + r.subject().dateOfBirth() + ")"));
        }
        return found;
    }

    private static boolean birthAfter(@Nullable String partial, LocalDate today) {
        if (partial == null || !partial.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        int year = Integer.parseInt(partial.substring(0, 4));
        if (partial.length() == 4) {
            return year > today.getYear();
        }
        int month = Integer.parseInt(partial.substring(5, 7));
        if (partial.length() == 7) {
            return year * 12 + month > today.getYear() * 12 + today.getMonthValue();
        }
        try {
            return LocalDate.parse(partial).isAfter(today);
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    static List<Violation> penaltyRange(NoticeRequest r, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (r.offence() == null) {
            return found;
        }
        months(found, "offence.maxPenaltyMonths", r.offence().maxPenaltyMonths());
        months(found, "offence.sentenceImposedMonths", r.offence().sentenceImposedMonths());
        months(found, "offence.sentenceRemainingMonths", r.offence().sentenceRemainingMonths());
        Integer imposed = r.offence().sentenceImposedMonths();
        Integer remaining = r.offence().sentenceRemainingMonths();
        if (imposed != null && remaining != null && remaining > imposed) {
            found.add(new Violation(
                    "offence.sentenceRemainingMonths",
                    "is longer (" + remaining + " months) than the sentence imposed (" + imposed + " months)"));
        }
        return found;
    }

    private static void months(List<Violation> found, String field, @Nullable Integer months) {
        if (months != null && (months < 1 || months > MAX_MONTHS)) {
            found.add(new Violation(
                    field,
                    "must be between 1 and " + MAX_MONTHS + " months, got " + months
                            + ": penalties are given in months (e.g. 120 for 10 years)"));
        }
    }

    static List<Violation> accessWithinSubject(NoticeRequest r, LocalDate today) {
        NoticeRequest.Subject subject = r.subject();
        if (subject == null || subject.recordOwner() == null || subject.recordAccess() == null) {
            return List.of();
        }
        Restriction mine = r.restriction();
        if (mine.isWithin(subject.recordOwner(), subject.recordAccess())) {
            return List.of();
        }
        return List.of(new Violation(
                "access",
                "is wider than the subject's person record (record: "
                        + subject.recordAccess().describe()
                        + "; this " + (r.isDiffusion() ? "diffusion, to its recipients" : "request") + ": "
                        + mine.describe() + "): narrow it, or leave access out to take the record's"));
    }

    private static boolean public_(Restriction restriction) {
        return restriction.audience() == Audience.ALL && restriction.classification() == Classification.OFFICIAL;
    }

    static List<Violation> publicExtractScope(NoticeRequest r, LocalDate today) {
        if (!r.publicExtract()) {
            return List.of();
        }
        if (r.isDiffusion() || !r.type().mayBePublic()) {
            return List.of(new Violation(
                    "publicExtract",
                    "only a Red or Yellow Notice may have a public extract, not a "
                            + (r.isDiffusion() ? "diffusion" : r.type().label())));
        }
        if (!public_(r.access())) {
            return List.of(new Violation(
                    "publicExtract",
                    "a notice restricted to some members or classified above OFFICIAL cannot have a public extract"));
        }
        NoticeRequest.Subject subject = r.subject();
        if (subject != null && subject.recordAccess() != null && !public_(subject.recordAccess())) {
            return List.of(new Violation(
                    "publicExtract",
                    "the subject's person record is restricted ("
                            + subject.recordAccess().describe() + "): its particulars cannot be made public"));
        }
        return List.of();
    }
}
