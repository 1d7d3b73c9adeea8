package org.interlink.records;

import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A stolen or missing vehicle: the body of {@code POST /api/v1/vehicles} and of one line of a vehicles import. At
 * least one of {@code vin} and {@code plate} is required; a plate needs its registration country (alpha-2).
 */
record VehicleInput(
        @Nullable String externalId,
        @Nullable String vin,
        @Nullable String plate,
        @Nullable String registrationCountry,
        @Nullable String make,
        @Nullable String model,
        @Nullable Integer year,
        @Nullable String colour,
        @Nullable String status,
        @Nullable Restriction access,
        @Nullable String purpose,
        @Nullable String legalReference,
        @Nullable String reviewBy) {

    enum Status {
        STOLEN,
        MISSING,
        RECOVERED
    }
}
