package org.interlink.notices;

import java.util.List;
import java.util.Optional;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.records.NameType;
import org.interlink.records.PersonInput;
import org.interlink.records.PersonName;
import org.interlink.records.PersonSnapshot;
import org.interlink.records.Records;
import org.springframework.stereotype.Component;

/** The subjects of notices are person records: looked up with the access policy applied, or created for the request. */
@Component
class RecordsSubjects implements Subjects {

    static final String PURPOSE = "notice request";

    private final Records records;

    RecordsSubjects(Records records) {
        this.records = records;
    }

    @Override
    public Optional<NoticeRequest.Subject> visible(Viewer viewer, String personId) {
        return records.person(personId)
                .filter(p -> AccessPolicy.maySee(viewer, p.owner(), p.restriction()))
                .map(RecordsSubjects::subject);
    }

    @Override
    public Optional<NoticeRequest.Subject> asRecorded(String personId) {
        return records.person(personId).map(RecordsSubjects::subject);
    }

    @Override
    public Optional<String> record(Viewer viewer, NoticeType type, NoticeBody.PersonBody person, Restriction access) {
        PersonInput input = new PersonInput(
                person.externalId(),
                person.names().stream()
                        .map(n -> new PersonName(n.value(), NameType.valueOf(n.type())))
                        .toList(),
                person.sex(),
                person.dateOfBirth(),
                person.placeOfBirth(),
                person.nationalities(),
                null,
                null,
                category(type).map(List::of).orElse(null),
                person.description(),
                access,
                PURPOSE,
                null,
                null);
        try {
            return Optional.of(records.createPerson(viewer, input, PURPOSE).id());
        } catch (InvalidInputException e) {
            // The person's fields are the subject's fields of the request.
            throw new InvalidInputException(e.errors().stream()
                    .map(error -> new FieldError("subject." + error.field(), error.message()))
                    .toList());
        }
    }

    static NoticeRequest.Subject subject(PersonSnapshot person) {
        List<String> names = person.names().stream()
                .sorted((a, b) -> Boolean.compare(a.type() != NameType.PRIMARY, b.type() != NameType.PRIMARY))
                .map(PersonName::value)
                .toList();
        return new NoticeRequest.Subject(
                person.id(),
                names,
                person.dateOfBirth(),
                person.sex(),
                person.nationalities(),
                null,
                person.summary().isBlank() ? null : person.summary(),
                person.owner(),
                person.restriction());
    }

    /** The person category the notice puts its subject in, for records' own searches. */
    static Optional<String> category(NoticeType type) {
        return Optional.ofNullable(
                switch (type) {
                    case RED -> "WANTED";
                    case YELLOW -> "MISSING";
                    case BLUE -> "SUSPECT";
                    case GREEN -> "OFFENDER";
                    case UNSC -> "UN_SANCTIONS";
                    case BLACK -> "UNIDENTIFIED";
                    default -> null;
                });
    }
}
