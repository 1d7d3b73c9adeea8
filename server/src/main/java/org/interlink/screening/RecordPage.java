package org.interlink.screening;

import org.interlink.records.RecordKind;

/**
 * Where a screened record is shown in the UI: a notice's page, or the record's under {@code /records}. For the links
 * of the console and the hit list; the page applies access itself, and a match or hit is only ever shown to someone
 * who may see its record.
 */
final class RecordPage {

    private RecordPage() {}

    /** The path for a record of this kind ({@code PERSON}, {@code DOCUMENT}, {@code VEHICLE} or {@code NOTICE}). */
    static String of(String kind, String recordId) {
        return kind.equals("NOTICE")
                ? "/notices/" + recordId
                : "/records/" + RecordKind.valueOf(kind).collection() + "/" + recordId;
    }
}
