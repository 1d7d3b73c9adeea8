package org.interlink.audit.web;

import org.interlink.audit.AuditQuery;
import org.jspecify.annotations.Nullable;

/**
 * The filters as a caller typed them in the query string, bound by name ({@code ?actor=&bureau=&operation=&objectId=
 * &purpose=&location=&from=&to=}); the page shows them again in its form, also when one is refused.
 */
record AuditFilters(
        @Nullable String actor,
        @Nullable String bureau,
        @Nullable String operation,
        @Nullable String objectId,
        @Nullable String purpose,
        @Nullable String location,
        @Nullable String from,
        @Nullable String to) {

    /** @throws org.interlink.common.InvalidInputException naming every filter that is not understood */
    AuditQuery query() {
        return AuditQuery.parse(actor, bureau, operation, objectId, purpose, location, from, to);
    }
}
