package org.interlink.records;

import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A travel document reported stolen, lost, revoked, invalidated or stolen blank: the body of {@code POST
 * /api/v1/documents} and of one line of a documents import.
 *
 * @param issuingCountry ICAO 9303 code, e.g. {@code FRA}, {@code D}; only that country's bureau (or the General
 *     Secretariat) may report the document
 * @param reportedOn {@code YYYY-MM-DD}, not in the future; default today
 * @param holderPersonId the id of a person record the reporter may see
 */
record DocumentInput(
        @Nullable String externalId,
        @Nullable String number,
        @Nullable String type,
        @Nullable String issuingCountry,
        @Nullable String status,
        @Nullable String reportedOn,
        @Nullable String holderPersonId,
        @Nullable Restriction access,
        @Nullable String purpose,
        @Nullable String legalReference,
        @Nullable String reviewBy) {

    enum Type {
        PASSPORT,
        ID_CARD,
        VISA,
        RESIDENCE_PERMIT,
        OTHER
    }

    enum Status {
        STOLEN,
        LOST,
        REVOKED,
        INVALIDATED,
        STOLEN_BLANK
    }
}
