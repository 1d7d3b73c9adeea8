package org.interlink.records;

import java.util.List;

/**
 * One committed batch of a bulk import (at most {@value Records#BATCH_SIZE} records): the records created or changed
 * by it, each at its new version. Unchanged lines of a repeated import are not included. One event per batch rather
 * than per line keeps the event registry small during a million-line import.
 */
public record PersonsImported(List<PersonSnapshot> persons) {

    public PersonsImported {
        persons = List.copyOf(persons);
    }
}
