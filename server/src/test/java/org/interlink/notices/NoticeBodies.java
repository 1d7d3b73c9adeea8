package org.interlink.notices;

/** Request bodies for the API tests. */
final class NoticeBodies {

    private NoticeBodies() {}

    static String person(String name) {
        return """
                {"names": [{"value": "%s", "type": "PRIMARY"}], "sex": "M", "dateOfBirth": "1971-03-02",
                 "nationalities": ["RU"]}""".formatted(name);
    }

    /** A Red Notice request meeting every rule; the subject given as a whole person. */
    static String red(String name, int maxPenaltyMonths, boolean publicExtract) {
        return red(
                person(name),
                "Armed robbery of a jewellery shop in Lyon on 3 May 2025 with two accomplices,"
                        + " stealing jewels worth EUR 2 M",
                maxPenaltyMonths,
                publicExtract);
    }

    static String red(String subject, String summary, int maxPenaltyMonths, boolean publicExtract) {
        return """
                {"type": "RED",
                 "subject": %s,
                 "offence": {"summary": "%s", "legalProvision": "Art. 311-9 Code pénal", "maxPenaltyMonths": %d},
                 "warrant": {"reference": "MA-2025-0042", "issuedOn": "2025-06-01", "authority": "Juge d'instruction, Lyon"},
                 "publicExtract": %b}""".formatted(subject, summary, maxPenaltyMonths, publicExtract);
    }
}
