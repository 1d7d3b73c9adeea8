package org.interlink.screening;

import org.jspecify.annotations.Nullable;

/** The checks screening answers; each validated by {@link Screening} field by field. */
public final class Checks {

    private Checks() {}

    /**
     * A person check. Only {@code name} is required.
     *
     * @param limit at most this many matches (1–100, default 10)
     * @param minScore matches below are not listed (0–1, default the platform's hit threshold)
     */
    public record PersonCheck(
            @Nullable String name,
            @Nullable String dateOfBirth,
            @Nullable String nationality,
            @Nullable String sex,
            @Nullable Integer limit,
            @Nullable Double minScore) {}

    /** A document check: by number and ICAO issuing-state code, or by the raw MRZ (2 or 3 lines). */
    public record DocumentCheck(
            @Nullable String number,
            @Nullable String issuingCountry,
            @Nullable String mrz) {}

    /** A vehicle check by VIN or by plate (optionally with the registration country). */
    public record VehicleCheck(
            @Nullable String vin,
            @Nullable String plate,
            @Nullable String registrationCountry) {}

    /** Why and where a check is made, for the audit log and the record owner. */
    public record Context(String purpose, String location) {}
}
