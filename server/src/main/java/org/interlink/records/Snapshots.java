package org.interlink.records;

import java.util.LinkedHashSet;
import java.util.List;
import org.interlink.access.Restriction;

/** Turns stored bodies into the snapshots and events other modules consume. */
final class Snapshots {

    private Snapshots() {}

    static PersonSnapshot person(StoredRecord r) {
        return person(r.id(), r.owner(), r.restriction(), RecordJson.read(r.body(), PersonInput.class), r.version());
    }

    static PersonSnapshot person(String id, String owner, Restriction restriction, PersonInput p, long version) {
        return new PersonSnapshot(
                id,
                owner,
                restriction,
                p.names() == null ? List.of() : p.names(),
                p.dateOfBirth(),
                p.nationalities() == null ? java.util.Set.of() : new LinkedHashSet<>(p.nationalities()),
                p.sex(),
                p.categories() == null ? java.util.Set.of() : new LinkedHashSet<>(p.categories()),
                p.summary() == null ? "" : p.summary(),
                version);
    }

    static DocumentSnapshot document(StoredRecord r) {
        return document(
                r.id(), r.owner(), r.restriction(), RecordJson.read(r.body(), DocumentInput.class), r.version());
    }

    static DocumentSnapshot document(String id, String owner, Restriction restriction, DocumentInput d, long version) {
        return new DocumentSnapshot(
                id,
                owner,
                restriction,
                d.number(),
                d.type(),
                d.issuingCountry(),
                d.status(),
                d.holderPersonId(),
                version);
    }

    static VehicleSnapshot vehicle(StoredRecord r) {
        return vehicle(r.id(), r.owner(), r.restriction(), RecordJson.read(r.body(), VehicleInput.class), r.version());
    }

    static VehicleSnapshot vehicle(String id, String owner, Restriction restriction, VehicleInput v, long version) {
        return new VehicleSnapshot(
                id,
                owner,
                restriction,
                v.vin(),
                v.plate(),
                v.registrationCountry(),
                v.make(),
                v.model(),
                v.status(),
                version);
    }

    /** The event announcing a record's new version. */
    static Object changed(StoredRecord r, Object body, boolean created) {
        return switch (r.kind()) {
            case PERSON -> {
                PersonSnapshot s = person(r.id(), r.owner(), r.restriction(), (PersonInput) body, r.version());
                yield created ? new PersonRecorded(s) : new PersonUpdated(s);
            }
            case DOCUMENT -> {
                DocumentSnapshot s = document(r.id(), r.owner(), r.restriction(), (DocumentInput) body, r.version());
                yield created ? new DocumentReported(s) : new DocumentUpdated(s);
            }
            case VEHICLE -> {
                VehicleSnapshot s = vehicle(r.id(), r.owner(), r.restriction(), (VehicleInput) body, r.version());
                yield created ? new VehicleRecorded(s) : new VehicleUpdated(s);
            }
            case FIREARM, ARTWORK -> new RecordChanged(r.kind(), r.id(), r.version());
        };
    }
}
