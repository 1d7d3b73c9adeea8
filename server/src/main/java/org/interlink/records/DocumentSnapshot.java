package org.interlink.records;

import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A travel document record (stolen, lost, revoked…) as it stands after a committed change.
 *
 * @param number the document number, upper case, without spaces
 * @param type {@code PASSPORT}, {@code ID_CARD}, {@code VISA}, {@code RESIDENCE_PERMIT} or {@code OTHER}
 * @param issuingCountry the ICAO 9303 code, e.g. {@code FRA}, {@code D}
 * @param status {@code STOLEN}, {@code LOST}, {@code REVOKED}, {@code INVALIDATED} or {@code STOLEN_BLANK}
 * @param holderPersonId the person record of the holder, when known
 * @param version the record's version, also its ETag
 */
public record DocumentSnapshot(
        String id,
        String owner,
        Restriction restriction,
        String number,
        String type,
        String issuingCountry,
        String status,
        @Nullable String holderPersonId,
        long version) {}
