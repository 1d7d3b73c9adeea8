package org.interlink.records;

/** Why a person is in the shared database. */
enum PersonCategory {
    WANTED,
    MISSING,
    SUSPECT,
    FOREIGN_TERRORIST_FIGHTER,
    UN_SANCTIONS,
    OFFENDER,
    VICTIM,
    WITNESS,
    UNIDENTIFIED
}
