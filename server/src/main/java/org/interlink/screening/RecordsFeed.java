package org.interlink.screening;

import java.util.ArrayList;
import java.util.List;
import org.interlink.matching.PartialDate;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.Sex;
import org.interlink.records.DocumentReported;
import org.interlink.records.DocumentSnapshot;
import org.interlink.records.DocumentUpdated;
import org.interlink.records.DocumentsImported;
import org.interlink.records.PersonRecorded;
import org.interlink.records.PersonSnapshot;
import org.interlink.records.PersonUpdated;
import org.interlink.records.PersonsImported;
import org.interlink.records.RecordDeleted;
import org.interlink.records.VehicleRecorded;
import org.interlink.records.VehicleSnapshot;
import org.interlink.records.VehicleUpdated;
import org.interlink.records.VehiclesImported;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the watchlist current from the records module's events, delivered after each commit by Spring Modulith's
 * event publication registry (and redelivered after a crash). Every handler is idempotent: a replayed event puts the
 * same version again.
 */
@Component
class RecordsFeed {

    private final Watchlist watchlist;
    private final WatchlistLoader loader;

    RecordsFeed(Watchlist watchlist, WatchlistLoader loader) {
        this.watchlist = watchlist;
        this.loader = loader;
    }

    @ApplicationModuleListener
    void on(PersonRecorded event) {
        loader.apply(() -> put(watchlist, event.person()));
    }

    @ApplicationModuleListener
    void on(PersonUpdated event) {
        loader.apply(() -> put(watchlist, event.person()));
    }

    @ApplicationModuleListener
    void on(PersonsImported event) {
        loader.apply(() -> event.persons().forEach(person -> put(watchlist, person)));
    }

    @ApplicationModuleListener
    void on(DocumentReported event) {
        loader.apply(() -> watchlist.putDocument(watched(event.document())));
    }

    @ApplicationModuleListener
    void on(DocumentUpdated event) {
        loader.apply(() -> watchlist.putDocument(watched(event.document())));
    }

    @ApplicationModuleListener
    void on(DocumentsImported event) {
        loader.apply(() -> event.documents().forEach(document -> watchlist.putDocument(watched(document))));
    }

    @ApplicationModuleListener
    void on(VehicleRecorded event) {
        loader.apply(() -> put(watchlist, event.vehicle()));
    }

    @ApplicationModuleListener
    void on(VehicleUpdated event) {
        loader.apply(() -> put(watchlist, event.vehicle()));
    }

    @ApplicationModuleListener
    void on(VehiclesImported event) {
        loader.apply(() -> event.vehicles().forEach(vehicle -> put(watchlist, vehicle)));
    }

    @ApplicationModuleListener
    void on(RecordDeleted event) {
        loader.apply(() -> {
            switch (event.kind()) {
                case PERSON -> watchlist.removePerson(event.id());
                case DOCUMENT -> watchlist.removeDocument(event.id());
                case VEHICLE -> watchlist.removeVehicle(event.id());
                default -> {
                    // firearms and works of art are not screened at borders
                }
            }
        });
    }

    static void put(Watchlist watchlist, PersonSnapshot person) {
        List<String> names = new ArrayList<>();
        person.names().forEach(name -> {
            if (!name.value().isBlank()) {
                names.add(name.value());
            }
        });
        if (names.isEmpty()) {
            watchlist.removePerson(person.id());
            return;
        }
        WatchedItem item = new WatchedItem(
                person.id(),
                "PERSON",
                person.owner(),
                person.restriction(),
                names.getFirst(),
                person.summary(),
                Actions.forPerson(person.categories()),
                person.version());
        watchlist.putPerson(item, entry(person.id(), person, names));
    }

    /** The person's names and identifiers as the index takes them; identifiers it cannot read are left out. */
    static PersonEntry entry(String id, PersonSnapshot person, List<String> names) {
        try {
            return new PersonEntry(
                    id, names, dateOfBirth(person.dateOfBirth()), person.nationalities(), sex(person.sex()));
        } catch (IllegalArgumentException e) {
            return new PersonEntry(id, names);
        }
    }

    static WatchedDocument watched(DocumentSnapshot document) {
        return new WatchedDocument(
                document.id(),
                document.owner(),
                document.restriction(),
                document.number(),
                document.issuingCountry(),
                document.type(),
                document.status(),
                document.version());
    }

    static void put(Watchlist watchlist, VehicleSnapshot vehicle) {
        WatchedItem item = new WatchedItem(
                vehicle.id(),
                "VEHICLE",
                vehicle.owner(),
                vehicle.restriction(),
                vehicle.vin() != null ? vehicle.vin() : String.valueOf(vehicle.plate()),
                (vehicle.status() + " " + vehicle.make() + " " + vehicle.model()).toLowerCase(java.util.Locale.ROOT),
                Actions.VEHICLE,
                vehicle.version());
        watchlist.putVehicle(
                item,
                vehicle.vin() == null ? List.of() : List.of(vehicle.vin()),
                vehicle.plate() == null ? List.of() : List.of(vehicle.plate()));
    }

    private static @Nullable PartialDate dateOfBirth(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable Sex sex(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "M" -> Sex.MALE;
            case "F" -> Sex.FEMALE;
            default -> null;
        };
    }
}
