package org.interlink.records;

import java.util.List;
import java.util.Locale;
import org.interlink.access.Viewer;

/** What makes a work-of-art record acceptable: a title, a type and a status; the rest is description. */
final class ArtworkRules {

    private ArtworkRules() {}

    static Validated validate(ArtworkInput in, Viewer viewer, Validation v) {
        Validation.Common common = v.common(
                RecordKind.ARTWORK,
                viewer,
                in.externalId(),
                in.access(),
                in.purpose(),
                in.legalReference(),
                in.reviewBy());
        String title = v.required("title", in.title(), 300);
        String artist = v.text("artist", in.artist(), 200);
        String type = v.oneOf("type", in.type(), ArtworkInput.Type.class, true);
        String period = v.text("period", in.period(), 100);
        String dimensions = v.text("dimensions", in.dimensions(), 100);
        String description = v.text("description", in.description(), 2000);
        String status = v.oneOf("status", in.status(), ArtworkInput.Status.class, true);
        ArtworkInput body = new ArtworkInput(
                common.externalId(),
                title,
                artist,
                type,
                period,
                dimensions,
                description,
                status,
                common.access(),
                common.purpose(),
                common.legalReference(),
                common.declaredReviewBy());
        String search = String.join(
                        " ",
                        title,
                        artist == null ? "" : artist,
                        common.externalId() == null ? "" : common.externalId())
                .toLowerCase(Locale.ROOT);
        return new Validated(
                RecordKind.ARTWORK,
                body,
                common,
                artist == null ? title : title + " — " + artist,
                search.strip(),
                status,
                null,
                List.of());
    }
}
