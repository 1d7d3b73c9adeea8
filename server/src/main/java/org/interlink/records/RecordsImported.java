package org.interlink.records;

import java.util.List;

/**
 * One committed batch of a bulk import of firearms or works of art (persons, documents and vehicles have their own
 * batch events with snapshots): each record created or changed, at its new version.
 */
public record RecordsImported(List<RecordChanged> records) {

    public RecordsImported {
        records = List.copyOf(records);
    }
}
