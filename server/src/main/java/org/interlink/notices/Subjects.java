package org.interlink.notices;

import java.util.Optional;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;

/** Where the subjects of notices are recorded: the person records of the records module. */
interface Subjects {

    /** The person with this id as a notice subject, if the viewer may see the person; else empty. */
    Optional<NoticeRequest.Subject> visible(Viewer viewer, String personId);

    /**
     * The person with this id as recorded now, whoever may see it: only for the gate to judge a request against the
     * record's owner and restriction, never to be shown.
     */
    Optional<NoticeRequest.Subject> asRecorded(String personId);

    /**
     * Records the subject given as a whole person for the viewer's bureau, restricted by {@code access}, in the
     * caller's transaction, in the person category that fits the notice type (e.g. {@code WANTED} for a Red Notice).
     *
     * @return the new person's id, or empty when persons cannot be recorded here
     * @throws org.interlink.common.InvalidInputException naming the rejected fields ({@code subject.…})
     */
    Optional<String> record(Viewer viewer, NoticeType type, NoticeBody.PersonBody person, Restriction access);
}
