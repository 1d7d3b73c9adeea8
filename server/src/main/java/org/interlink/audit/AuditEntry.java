package org.interlink.audit;

import java.util.Objects;

/**
 * One processing operation to record.
 *
 * @param actor who did it: a user name or a client id
 * @param bureau for which bureau: an ISO 3166-1 alpha-2 code, {@code GS}, or {@code -} when unknown (a failed
 *     sign-in of an unknown user)
 * @param operation what was done
 * @param objectType the kind of object, e.g. {@code person}, {@code user}, {@code session}
 * @param objectId the object's id, or empty when the operation has none
 * @param purpose why, as the caller stated it (e.g. {@code border check}, {@code authentication})
 * @param outcome how it ended
 * @param location where it was done, as the caller named it (a screening check's post, e.g. {@code CDG T2 gate 4});
 *     empty when the operation has no place
 */
public record AuditEntry(
        String actor,
        String bureau,
        Operation operation,
        String objectType,
        String objectId,
        String purpose,
        Outcome outcome,
        String location) {

    /** An operation with no place. */
    public AuditEntry(
            String actor,
            String bureau,
            Operation operation,
            String objectType,
            String objectId,
            String purpose,
            Outcome outcome) {
        this(actor, bureau, operation, objectType, objectId, purpose, outcome, "");
    }

    public AuditEntry {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(outcome, "outcome");
        actor = bounded(actor);
        bureau = bounded(bureau);
        objectType = bounded(objectType);
        objectId = bounded(objectId);
        purpose = bounded(purpose);
        location = bounded(location);
    }

    /** Free text from outside (e.g. a user name typed at sign-in) is cut so one row cannot be made huge. */
    private static String bounded(String value) {
        String text = value == null ? "" : value;
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
