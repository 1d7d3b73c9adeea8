package org.interlink.records;

import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A vehicle record as it stands after a committed change. At least one of {@code vin} and {@code plate} is present.
 *
 * @param vin the 17-character vehicle identification number, upper case
 * @param plate the registration plate, upper case
 * @param registrationCountry ISO 3166-1 alpha-2 code of the plate's country
 * @param status {@code STOLEN}, {@code MISSING} or {@code RECOVERED}
 * @param version the record's version, also its ETag
 */
public record VehicleSnapshot(
        String id,
        String owner,
        Restriction restriction,
        @Nullable String vin,
        @Nullable String plate,
        @Nullable String registrationCountry,
        String make,
        String model,
        String status,
        long version) {}
