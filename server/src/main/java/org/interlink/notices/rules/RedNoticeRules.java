package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.interlink.notices.NoticeRequest;
import org.interlink.notices.NoticeRequest.Offence;

/**
 * Red Notice: a request to locate and provisionally arrest a person pending extradition. The minimum criteria of
 * INTERPOL's Rules on the Processing of Data (RPD) Art. 82–83: a serious ordinary-law crime, not an excluded one; a
 * penalty threshold; sufficient identifiers; the arrest warrant or judicial decision.
 */
public final class RedNoticeRules {

    /** Prosecution: the offence must be punishable by at least two years (RPD Art. 83(1)(b)(i)). */
    static final int MIN_MAX_PENALTY_MONTHS = 24;

    /** Conviction: at least six months imposed or remaining to be served (RPD Art. 83(1)(b)(ii)). */
    static final int MIN_SENTENCE_MONTHS = 6;

    /** A summary shorter than this cannot say what the person did, when and where. */
    static final int MIN_SUMMARY_CHARACTERS = 60;

    static final Rule REQUIRED_FIELDS = Rule.input(
            "RED-REQUIRED-FIELDS",
            "The subject, the summary of facts, the legal provision, and the maximum penalty (prosecution) or the"
                    + " sentence (conviction) are given.",
            "RPD Art. 83(2)",
            RedNoticeRules::requiredFields);

    static final Rule JUDICIAL_DECISION = Rule.input(
            "RED-JUDICIAL-DECISION",
            "The arrest warrant or judicial decision is referenced: its reference, its date and the issuing authority.",
            "RPD Art. 83(2)(b)(v)",
            RedNoticeRules::judicialDecision);

    static final Rule PENALTY_THRESHOLD = Rule.blocking(
            "RED-PENALTY-THRESHOLD",
            "Prosecution: the offence is punishable by at least 2 years (24 months); conviction: at least 6 months"
                    + " imposed, and at least 6 months remaining when the remainder is given.",
            "RPD Art. 83(1)(b)",
            RedNoticeRules::penaltyThreshold);

    static final Rule IDENTIFIERS = Rule.blocking(
            "RED-IDENTIFIERS",
            "The subject can be identified: a name and a date of birth (at least the year), or a photo, or"
                    + " fingerprints.",
            "RPD Art. 83(2)(a)",
            RedNoticeRules::identifiers);

    static final Pattern BEHAVIOURAL_OR_CULTURAL = Texts.anyOf(
            "adultery",
            "homosexual\\w*",
            "sodomy",
            "same[- ]sex\\s+(?:relations|conduct|intercourse)",
            "witchcraft|sorcery",
            "abortion",
            "(?:consumption|drinking)\\s+of\\s+alcohol",
            "dress\\s+code",
            "indecent\\s+dress",
            "cross[- ]dressing");

    static final Pattern FAMILY_OR_PRIVATE = Texts.anyOf(
            "child\\s+custody",
            "parental\\s+(?:custody|authority|rights)",
            "family\\s+abandonment",
            "non[- ]payment\\s+of\\s+(?:alimony|maintenance|child\\s+support)",
            "(?:unpaid\\s+)?(?:alimony|child\\s+support)",
            "marriage\\s+without\\s+(?:consent|permission)",
            "elop\\w+",
            "disobe\\w+\\s+(?:his|her|their)\\s+(?:father|parents|husband|guardian)");

    static final Pattern PRIVATE_DISPUTE = Texts.anyOf(
            "breach\\s+of\\s+contract",
            "(?:unpaid|outstanding|non[- ]payment\\s+of\\s+(?:a\\s+)?)\\s*(?:debt|loan|rent)s?",
            "civil\\s+dispute",
            "commercial\\s+dispute",
            "failure\\s+to\\s+repay");

    static final Pattern ADMINISTRATIVE = Texts.anyOf(
            "administrative\\s+(?:offence|offense|violation|infraction)",
            "traffic\\s+(?:offence|offense|violation|fine)",
            "parking\\s+(?:offence|offense|violation|fine)",
            "(?:visa|residence\\s+permit)\\s+overstay",
            "overstay\\w*",
            "failure\\s+to\\s+(?:register|declare|file)",
            "regulatory\\s+(?:offence|offense|breach)",
            "unpaid\\s+(?:fines?|taxes)");

    static final Rule EXCLUDED_OFFENCE = Rule.blocking(
            "RED-EXCLUDED-OFFENCE",
            "The offence is not one excluded outright: behavioural or cultural norms, family or private matters, private"
                    + " disputes, administrative or regulatory offences.",
            "RPD Art. 83(1)(a)(ii)",
            RedNoticeRules::excludedOffence);

    static final Rule FACTS_SUMMARY = Rule.flag(
            "RED-FACTS-SUMMARY",
            "The summary of facts is long enough (" + MIN_SUMMARY_CHARACTERS + " characters) to say what the person"
                    + " did, when and where.",
            "RPD Art. 83(2)(b)(i)",
            RedNoticeRules::factsSummary);

    private RedNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(
                REQUIRED_FIELDS, JUDICIAL_DECISION, PENALTY_THRESHOLD, IDENTIFIERS, EXCLUDED_OFFENCE, FACTS_SUMMARY);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        Required required = Required.forA("a Red Notice")
                .namedSubject(r)
                .text("offence.summary", Required.summary(r))
                .text("offence.legalProvision", Required.provision(r));
        Offence offence = r.offence();
        if (offence == null || (offence.maxPenaltyMonths() == null && !offence.isConviction())) {
            required.value("offence.maxPenaltyMonths", null);
        }
        return required.violations();
    }

    static List<Violation> judicialDecision(NoticeRequest r, LocalDate today) {
        Required required = Required.forA("a Red Notice");
        if (r.warrant() == null) {
            return required.value("warrant", null).violations();
        }
        return required.text("warrant.reference", r.warrant().reference())
                .value("warrant.issuedOn", r.warrant().issuedOn())
                .text("warrant.authority", r.warrant().authority())
                .violations();
    }

    static List<Violation> penaltyThreshold(NoticeRequest r, LocalDate today) {
        Offence offence = r.offence();
        if (offence == null) {
            return List.of();
        }
        if (offence.isConviction()) {
            Integer imposed = offence.sentenceImposedMonths();
            Integer remaining = offence.sentenceRemainingMonths();
            if (remaining != null && remaining < MIN_SENTENCE_MONTHS) {
                return List.of(new Violation(
                        "offence.sentenceRemainingMonths",
                        "only " + months(remaining) + " of the sentence remain to be served; a Red Notice for a"
                                + " convicted person needs at least 6 months remaining"));
            }
            if (remaining == null && imposed != null && imposed < MIN_SENTENCE_MONTHS) {
                return List.of(new Violation(
                        "offence.sentenceImposedMonths",
                        "the sentence imposed is " + months(imposed) + "; a Red Notice for a convicted person needs a"
                                + " sentence of at least 6 months"));
            }
            return List.of();
        }
        Integer max = offence.maxPenaltyMonths();
        if (max != null && max < MIN_MAX_PENALTY_MONTHS) {
            return List.of(new Violation(
                    "offence.maxPenaltyMonths",
                    "the offence is punishable by " + months(max) + "; a Red Notice for prosecution needs an offence"
                            + " punishable by at least 2 years (24 months)"));
        }
        return List.of();
    }

    static List<Violation> identifiers(NoticeRequest r, LocalDate today) {
        if (Identification.hasNameAndBirthYear(r) || Identification.hasPhoto(r) || Identification.hasFingerprints(r)) {
            return List.of();
        }
        return List.of(new Violation(
                "subject",
                "the subject cannot be identified: give a name and a date of birth (at least the year), or a photo,"
                        + " or fingerprints"));
    }

    static List<Violation> excludedOffence(NoticeRequest r, LocalDate today) {
        List<Violation> found = new ArrayList<>();
        found.addAll(Texts.matches(
                Texts.offence(r), BEHAVIOURAL_OR_CULTURAL, "Excluded: raises behavioural or cultural norms"));
        found.addAll(Texts.matches(Texts.offence(r), FAMILY_OR_PRIVATE, "Excluded: a family or private matter"));
        found.addAll(Texts.matches(Texts.offence(r), PRIVATE_DISPUTE, "Excluded: a private dispute"));
        found.addAll(
                Texts.matches(Texts.offence(r), ADMINISTRATIVE, "Excluded: an administrative or regulatory offence"));
        return found;
    }

    static List<Violation> factsSummary(NoticeRequest r, LocalDate today) {
        String summary = Required.summary(r);
        if (summary == null || summary.isBlank() || summary.strip().length() >= MIN_SUMMARY_CHARACTERS) {
            return List.of();
        }
        return List.of(new Violation(
                "offence.summary",
                "the summary of facts \"" + summary.strip() + "\" is too brief to say what the person did, when and"
                        + " where"));
    }

    static String months(int months) {
        if (months % 12 == 0) {
            return months + " months (" + months / 12 + (months == 12 ? " year)" : " years)");
        }
        return months + (months == 1 ? " month" : " months");
    }
}
