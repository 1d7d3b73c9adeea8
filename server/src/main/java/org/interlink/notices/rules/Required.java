package org.interlink.notices.rules;

import java.util.ArrayList;
import java.util.List;
import org.interlink.notices.NoticeRequest;
import org.jspecify.annotations.Nullable;

/** Collects the required parts a request lacks, one violation per missing field. */
final class Required {

    private final String notice;
    private final List<Violation> missing = new ArrayList<>();

    private Required(String notice) {
        this.notice = notice;
    }

    /** Checks for a notice named, e.g., {@code "a Red Notice"}. */
    static Required forA(String notice) {
        return new Required(notice);
    }

    Required text(String field, @Nullable String value) {
        if (Texts.blank(value)) {
            missing.add(new Violation(field, "is required for " + notice));
        }
        return this;
    }

    Required value(String field, @Nullable Object value) {
        if (value == null) {
            missing.add(new Violation(field, "is required for " + notice));
        }
        return this;
    }

    /** A subject with at least one name. */
    Required namedSubject(NoticeRequest request) {
        if (request.subject() == null) {
            missing.add(new Violation("subject", "is required for " + notice + ": a person id or a whole person"));
        } else if (request.subject().personId() == null
                && request.subject().name().isBlank()) {
            missing.add(new Violation("subject.names", "the subject needs at least a name for " + notice));
        }
        return this;
    }

    List<Violation> violations() {
        return List.copyOf(missing);
    }

    static @Nullable String summary(NoticeRequest r) {
        return r.offence() == null ? null : r.offence().summary();
    }

    static @Nullable String provision(NoticeRequest r) {
        return r.offence() == null ? null : r.offence().legalProvision();
    }
}
