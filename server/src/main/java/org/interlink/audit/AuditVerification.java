package org.interlink.audit;

import org.jspecify.annotations.Nullable;

/**
 * The verifier's verdict over the whole chain.
 *
 * @param valid true when every row is intact, in order, and none is missing
 * @param entries how many rows were read
 * @param firstInvalid the sequence number of the first row that was changed, removed or reordered; null when valid
 * @param problem what is wrong with that row; null when valid
 */
public record AuditVerification(
        boolean valid,
        long entries,
        @Nullable Long firstInvalid,
        @Nullable String problem) {

    static AuditVerification intact(long entries) {
        return new AuditVerification(true, entries, null, null);
    }

    static AuditVerification broken(long entries, long firstInvalid, String problem) {
        return new AuditVerification(false, entries, firstInvalid, problem);
    }
}
