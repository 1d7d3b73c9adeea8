package org.interlink.notices.rules;

import org.interlink.notices.NoticeRequest;

/** Whether a request identifies its subject well enough for the officer who meets them. */
final class Identification {

    private Identification() {}

    static boolean hasNameAndBirthYear(NoticeRequest r) {
        return r.subject() != null
                && !r.subject().name().isBlank()
                && r.subject().dateOfBirth() != null
                && r.subject().dateOfBirth().matches("\\d{4}.*");
    }

    static boolean hasPhoto(NoticeRequest r) {
        return r.identifiers().photo();
    }

    static boolean hasFingerprints(NoticeRequest r) {
        return !Texts.blank(r.identifiers().fingerprints());
    }

    static boolean hasDna(NoticeRequest r) {
        return !Texts.blank(r.identifiers().dna());
    }
}
