package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.interlink.access.Restriction;
import org.interlink.notices.NoticeRequest;
import org.interlink.notices.NoticeRequest.Identifiers;
import org.interlink.notices.NoticeRequest.Occurrence;
import org.interlink.notices.NoticeRequest.Offence;
import org.interlink.notices.NoticeRequest.Subject;
import org.interlink.notices.NoticeRequest.Warrant;
import org.interlink.notices.NoticeType;

/** Valid requests to start a test from; tests change the one part they are about. */
final class Requests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    static final Subject SUBJECT =
            new Subject(null, List.of("Ivan PETROV"), "1971-03-02", "M", Set.of("RU"), "Moscow", null, null, null);

    static final Offence ARMED_ROBBERY = new Offence(
            "Armed robbery of a jewellery shop in Lyon on 3 May 2025 with two accomplices, stealing jewels worth"
                    + " EUR 2 M",
            "Art. 311-9 Code pénal",
            240,
            null,
            null);

    static final Warrant WARRANT = new Warrant("MA-2025-0042", LocalDate.of(2025, 6, 1), "Juge d'instruction, Lyon");

    private Requests() {}

    static NoticeRequest red() {
        return new NoticeRequest(
                NoticeType.RED,
                SUBJECT,
                ARMED_ROBBERY,
                WARRANT,
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
                Set.of());
    }

    static NoticeRequest red(Offence offence) {
        NoticeRequest r = red();
        return new NoticeRequest(
                r.type(),
                r.subject(),
                offence,
                r.warrant(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                r.identifiers(),
                false,
                r.access(),
                Set.of());
    }

    static NoticeRequest red(Subject subject, Identifiers identifiers) {
        NoticeRequest r = red();
        return new NoticeRequest(
                r.type(),
                subject,
                r.offence(),
                r.warrant(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                identifiers,
                false,
                r.access(),
                Set.of());
    }

    static NoticeRequest red(Warrant warrant) {
        NoticeRequest r = red();
        return new NoticeRequest(
                r.type(),
                r.subject(),
                r.offence(),
                warrant,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                r.identifiers(),
                false,
                r.access(),
                Set.of());
    }

    static Offence offence(String summary) {
        return new Offence(summary, "Art. 1 Penal Code", 60, null, null);
    }

    static Offence penalty(Integer max, Integer imposed, Integer remaining) {
        return new Offence(ARMED_ROBBERY.summary(), ARMED_ROBBERY.legalProvision(), max, imposed, remaining);
    }

    static NoticeRequest yellow(Occurrence event) {
        return new NoticeRequest(
                NoticeType.YELLOW,
                SUBJECT,
                null,
                null,
                event,
                null,
                null,
                null,
                null,
                null,
                null,
                Identifiers.NONE,
                false,
                Restriction.OPEN,
                Set.of());
    }

    static NoticeRequest of(NoticeType type) {
        return new NoticeRequest(
                type,
                null,
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
                Set.of());
    }
}
