package org.interlink.notices;

import java.util.Optional;
import org.interlink.access.Viewer;

/** Where the subjects of notices are recorded: the person records of the records module. */
interface Subjects {

    /** The person with this id as a notice subject, if the viewer may see the person; else empty. */
    Optional<NoticeRequest.Subject> visible(Viewer viewer, String personId);

    /**
     * Records the subject given as a whole person for the viewer's bureau, in the caller's transaction, in the person
     * category that fits the notice type (e.g. {@code WANTED} for a Red Notice).
     *
     * @return the new person's id, or empty when persons cannot be recorded here
     * @throws org.interlink.common.InvalidInputException naming the rejected fields ({@code subject.…})
     */
    Optional<String> record(Viewer viewer, NoticeType type, NoticeBody.PersonBody person);
}
