package org.interlink.audit;

import java.time.Instant;

/**
 * One row of the audit log as the auditor reads it.
 *
 * @param seq its place in the chain, from 1
 * @param at when it was appended
 * @param objectId the object's id; a screening row lists every record it matched, comma-separated
 * @param location where it was done (a check's post), empty when the operation has no place
 * @param hash its chain hash (hex SHA-256)
 */
public record LoggedEntry(
        long seq,
        Instant at,
        String actor,
        String bureau,
        Operation operation,
        String objectType,
        String objectId,
        String purpose,
        Outcome outcome,
        String location,
        String hash) {}
