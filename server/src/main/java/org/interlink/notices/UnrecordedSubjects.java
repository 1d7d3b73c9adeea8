package org.interlink.notices;

import java.util.Optional;
import org.interlink.access.Viewer;
import org.springframework.stereotype.Component;

/** Until the records module is wired in: a subject lives only on its notice, and no person id is known. */
@Component
class UnrecordedSubjects implements Subjects {

    @Override
    public Optional<NoticeRequest.Subject> visible(Viewer viewer, String personId) {
        return Optional.empty();
    }

    @Override
    public Optional<String> record(Viewer viewer, NoticeBody.PersonBody person) {
        return Optional.empty();
    }
}
