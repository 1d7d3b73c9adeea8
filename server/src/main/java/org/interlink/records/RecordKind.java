package org.interlink.records;

/** The five shared databases. */
public enum RecordKind {
    PERSON("persons", "per_", "person", 5),
    DOCUMENT("documents", "doc_", "travel document", 10),
    VEHICLE("vehicles", "veh_", "vehicle", 10),
    FIREARM("firearms", "fir_", "firearm", 10),
    ARTWORK("artworks", "art_", "work of art", 10);

    private final String collection;
    private final String idPrefix;
    private final String noun;
    private final int reviewYears;

    RecordKind(String collection, String idPrefix, String noun, int reviewYears) {
        this.collection = collection;
        this.idPrefix = idPrefix;
        this.noun = noun;
        this.reviewYears = reviewYears;
    }

    /** The path segment of the API and the pages, e.g. {@code persons}. */
    public String collection() {
        return collection;
    }

    /** What an officer calls one record of this kind, e.g. {@code travel document}. */
    public String noun() {
        return noun;
    }

    String idPrefix() {
        return idPrefix;
    }

    /** Default time until a record must be reviewed: 5 years for persons, 10 for the other kinds. */
    int reviewYears() {
        return reviewYears;
    }

    /** The kind a path segment names ({@code persons} → {@link #PERSON}), or null. */
    static @org.jspecify.annotations.Nullable RecordKind ofCollection(String collection) {
        for (RecordKind kind : values()) {
            if (kind.collection.equals(collection)) {
                return kind;
            }
        }
        return null;
    }

    /** The kind an id belongs to, from its prefix, or null for a foreign id. */
    static @org.jspecify.annotations.Nullable RecordKind ofId(String id) {
        for (RecordKind kind : values()) {
            if (id.startsWith(kind.idPrefix)) {
                return kind;
            }
        }
        return null;
    }
}
