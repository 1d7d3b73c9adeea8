package org.interlink.screening;

import org.interlink.access.Restriction;

/**
 * What screening keeps in memory about one record to decide, without touching the database, whether a match may be
 * shown to the searcher and what the owner asks for.
 *
 * @param kind PERSON, DOCUMENT or VEHICLE
 * @param label the record's primary name, document number or VIN, as shown in a match
 * @param summary one line for the officer (e.g. "wanted for fraud"); never more than the owner shares
 * @param action what the owner asks the officer to do (e.g. "arrest — Red Notice", "seize document")
 * @param version the record's version: a dismissed hit is raised again only when the record changed
 */
record WatchedItem(
        String id,
        String kind,
        String owner,
        Restriction restriction,
        String label,
        String summary,
        String action,
        long version) {}
