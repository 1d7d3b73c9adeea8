package org.interlink.records;

import java.util.List;
import java.util.Locale;
import org.interlink.access.Viewer;

/** What makes a firearm record acceptable: make, model, type, serial number and status. */
final class FirearmRules {

    private FirearmRules() {}

    static Validated validate(FirearmInput in, Viewer viewer, Validation v) {
        Validation.Common common = v.common(
                RecordKind.FIREARM,
                viewer,
                in.externalId(),
                in.access(),
                in.purpose(),
                in.legalReference(),
                in.reviewBy());
        String make = v.required("make", in.make(), 100);
        String model = v.required("model", in.model(), 100);
        String calibre = v.text("calibre", in.calibre(), 30);
        String type = v.oneOf("type", in.type(), FirearmInput.Type.class, true);
        String serial = v.required("serialNumber", in.serialNumber(), 40).toUpperCase(Locale.ROOT);
        String status = v.oneOf("status", in.status(), FirearmInput.Status.class, true);
        FirearmInput body = new FirearmInput(
                common.externalId(),
                make,
                model,
                calibre,
                type,
                serial,
                status,
                common.access(),
                common.purpose(),
                common.legalReference(),
                common.declaredReviewBy());
        String search = String.join(" ", serial, make, model, common.externalId() == null ? "" : common.externalId())
                .toLowerCase(Locale.ROOT);
        return new Validated(
                RecordKind.FIREARM,
                body,
                common,
                make + " " + model + " #" + serial,
                search.strip(),
                status,
                null,
                List.of());
    }
}
