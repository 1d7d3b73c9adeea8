package org.interlink.records;

import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/** A stolen work of art: the body of {@code POST /api/v1/artworks}. Photos are added separately. */
record ArtworkInput(
        @Nullable String externalId,
        @Nullable String title,
        @Nullable String artist,
        @Nullable String type,
        @Nullable String period,
        @Nullable String dimensions,
        @Nullable String description,
        @Nullable String status,
        @Nullable Restriction access,
        @Nullable String purpose,
        @Nullable String legalReference,
        @Nullable String reviewBy) {

    enum Type {
        PAINTING,
        SCULPTURE,
        DRAWING,
        PRINT,
        MANUSCRIPT,
        ARCHAEOLOGICAL_OBJECT,
        RELIGIOUS_OBJECT,
        OTHER
    }

    enum Status {
        STOLEN,
        RECOVERED
    }
}
