package org.interlink.records;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.interlink.access.Viewer;

/** What makes a vehicle record acceptable: a well-formed VIN or a plate with its country, make and model. */
final class VehicleRules {

    private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
    private static final Pattern PLATE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} -]{0,14}");

    private VehicleRules() {}

    static Validated validate(VehicleInput in, Viewer viewer, Validation v) {
        Validation.Common common = v.common(
                RecordKind.VEHICLE,
                viewer,
                in.externalId(),
                in.access(),
                in.purpose(),
                in.legalReference(),
                in.reviewBy());
        String vin = in.vin() == null || in.vin().isBlank()
                ? null
                : in.vin().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (vin != null && !VIN.matcher(vin).matches()) {
            v.reject("vin", "must be 17 characters, digits and letters except I, O and Q");
            vin = null;
        }
        String plate = in.plate() == null || in.plate().isBlank()
                ? null
                : in.plate().strip().toUpperCase(Locale.ROOT);
        if (plate != null && !PLATE.matcher(plate).matches()) {
            v.reject("plate", "must be 1 to 15 letters, digits, spaces or hyphens");
            plate = null;
        }
        if (vin == null && plate == null && v.isValid()) {
            v.reject("vin", "a VIN or a plate is required");
        }
        String country = v.country("registrationCountry", in.registrationCountry());
        if (plate != null && country == null && v.isValid()) {
            v.reject("registrationCountry", "is required with a plate");
        }
        String make = v.required("make", in.make(), 100);
        String model = v.required("model", in.model(), 100);
        Integer year = in.year();
        if (year != null && (year < 1886 || year > v.today().getYear() + 1)) {
            v.reject("year", "must be between 1886 and " + (v.today().getYear() + 1));
            year = null;
        }
        String colour = v.text("colour", in.colour(), 50);
        String status = v.oneOf("status", in.status(), VehicleInput.Status.class, true);
        VehicleInput body = new VehicleInput(
                common.externalId(),
                vin,
                plate,
                country,
                make,
                model,
                year,
                colour,
                status,
                common.access(),
                common.purpose(),
                common.legalReference(),
                common.declaredReviewBy());
        String label = make + " " + model + " " + (plate != null ? plate : vin);
        String search = String.join(
                        " ",
                        vin == null ? "" : vin,
                        plate == null ? "" : plate,
                        make,
                        model,
                        common.externalId() == null ? "" : common.externalId())
                .toLowerCase(Locale.ROOT);
        return new Validated(RecordKind.VEHICLE, body, common, label, search.strip(), status, country, List.of());
    }
}
