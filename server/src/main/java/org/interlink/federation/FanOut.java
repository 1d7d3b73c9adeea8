package org.interlink.federation;

import java.util.List;
import org.interlink.records.DocumentReported;
import org.interlink.records.DocumentUpdated;
import org.interlink.records.DocumentsImported;
import org.interlink.records.PersonRecorded;
import org.interlink.records.PersonUpdated;
import org.interlink.records.PersonsImported;
import org.interlink.records.RecordChanged;
import org.interlink.records.RecordDeleted;
import org.interlink.records.RecordsImported;
import org.interlink.records.VehicleRecorded;
import org.interlink.records.VehicleUpdated;
import org.interlink.records.VehiclesImported;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * The centre's listener for every change to a shared record. The records module publishes its events in the write's
 * own transaction, so Spring Modulith's event publication registry holds each change from its commit until this
 * listener has published it to Kafka; a failure (Kafka down) leaves the publication incomplete and it is delivered
 * again on restart.
 */
class FanOut {

    private final Publisher publisher;

    FanOut(Publisher publisher) {
        this.publisher = publisher;
    }

    @ApplicationModuleListener
    void on(PersonRecorded event) {
        publisher.publish(List.of(event.person().id()));
    }

    @ApplicationModuleListener
    void on(PersonUpdated event) {
        publisher.publish(List.of(event.person().id()));
    }

    @ApplicationModuleListener
    void on(PersonsImported event) {
        publisher.publish(event.persons().stream().map(p -> p.id()).toList());
    }

    @ApplicationModuleListener
    void on(DocumentReported event) {
        publisher.publish(List.of(event.document().id()));
    }

    @ApplicationModuleListener
    void on(DocumentUpdated event) {
        publisher.publish(List.of(event.document().id()));
    }

    @ApplicationModuleListener
    void on(DocumentsImported event) {
        publisher.publish(event.documents().stream().map(d -> d.id()).toList());
    }

    @ApplicationModuleListener
    void on(VehicleRecorded event) {
        publisher.publish(List.of(event.vehicle().id()));
    }

    @ApplicationModuleListener
    void on(VehicleUpdated event) {
        publisher.publish(List.of(event.vehicle().id()));
    }

    @ApplicationModuleListener
    void on(VehiclesImported event) {
        publisher.publish(event.vehicles().stream().map(v -> v.id()).toList());
    }

    /** Firearms and works of art. */
    @ApplicationModuleListener
    void on(RecordChanged event) {
        publisher.publish(List.of(event.id()));
    }

    /** Bulk imports of firearms and works of art. */
    @ApplicationModuleListener
    void on(RecordsImported event) {
        publisher.publish(event.records().stream().map(RecordChanged::id).toList());
    }

    @ApplicationModuleListener
    void on(RecordDeleted event) {
        publisher.publish(List.of(event.id()));
    }
}
