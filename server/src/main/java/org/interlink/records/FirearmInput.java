package org.interlink.records;

import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/** A stolen, lost or trafficked firearm: the body of {@code POST /api/v1/firearms}. */
record FirearmInput(
        @Nullable String externalId,
        @Nullable String make,
        @Nullable String model,
        @Nullable String calibre,
        @Nullable String type,
        @Nullable String serialNumber,
        @Nullable String status,
        @Nullable Restriction access,
        @Nullable String purpose,
        @Nullable String legalReference,
        @Nullable String reviewBy) {

    enum Type {
        PISTOL,
        REVOLVER,
        RIFLE,
        SHOTGUN,
        SUBMACHINE_GUN,
        MACHINE_GUN,
        OTHER
    }

    enum Status {
        STOLEN,
        LOST,
        SEIZED,
        TRAFFICKED,
        RECOVERED
    }
}
