package org.interlink.records;

/** How a name belongs to a person. */
public enum NameType {
    /** The name the person is known under, in Latin script. */
    PRIMARY,
    /** The name as written in the person's own script (Cyrillic, Arabic, Chinese…). */
    ORIGINAL_SCRIPT,
    /** Another name used by or given to the person; may carry a quality ({@code Good}, {@code Low}). */
    ALIAS
}
