package org.interlink.content;

/** An entry was added, disabled or re-enabled: the indexes read it again once the change has committed. */
record EntryChanged(long entryId) {}
