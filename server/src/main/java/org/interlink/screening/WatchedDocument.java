package org.interlink.screening;

import org.interlink.access.Restriction;

/**
 * A travel document as screening keeps it: compact, since there are tens of millions (about 200 bytes each with the
 * index entry). Owner and issuing-state strings are interned by {@link DocumentTable}.
 *
 * @param number the normalised number (confirms a candidate: the index keeps only a hash)
 * @param issuingState the ICAO 9303 code, normalised
 */
record WatchedDocument(
        String id,
        String owner,
        Restriction restriction,
        String number,
        String issuingState,
        String type,
        String status,
        long version) {

    WatchedItem asItem() {
        return new WatchedItem(
                id,
                "DOCUMENT",
                owner,
                restriction,
                number,
                status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                        + type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " issued by " + issuingState,
                "seize the document and verify the holder's identity; contact the reporting bureau",
                version);
    }
}
