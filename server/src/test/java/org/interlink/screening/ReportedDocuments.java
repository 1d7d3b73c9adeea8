package org.interlink.screening;

import java.util.UUID;
import org.interlink.access.Restriction;

/** Travel documents put straight into the watchlist for a test, each under a number no other test uses. */
final class ReportedDocuments {

    private ReportedDocuments() {}

    /** An open passport of {@code owner}, issued by {@code issuingState} (ICAO), reported {@code status}; its number. */
    static String report(Watchlist watchlist, String owner, String issuingState, String status) {
        String number = "Q"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        watchlist.putDocument(new WatchedDocument(
                "doc-" + number, owner, Restriction.OPEN, number, issuingState, "PASSPORT", status, 1));
        return number;
    }
}
