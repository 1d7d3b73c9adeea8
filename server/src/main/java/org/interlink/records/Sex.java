package org.interlink.records;

/** As the API writes it: male, female, unknown. */
enum Sex {
    M,
    F,
    U
}
