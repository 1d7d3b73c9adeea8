package org.interlink.cyber;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interlink.access.Viewer;
import org.interlink.members.Members;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The TAXII collections of the API root: {@code all} (every object the caller may see, of every bureau, read-only)
 * and one per bureau (the objects that bureau owns and the caller may see, writable by that bureau only). Ids are
 * fixed UUIDs derived from the alias, so they survive restarts and are the same on every node; the alias (the bureau
 * code, or {@code all}) is accepted in their place in paths.
 */
@Component
class TaxiiCollections {

    static final String ALL = "all";

    private final Members members;
    private volatile @Nullable List<Collection> bureaus;

    TaxiiCollections(Members members) {
        this.members = members;
    }

    /**
     * One collection.
     *
     * @param owner the bureau whose objects it holds, null for {@code all}
     */
    record Collection(
            String id,
            String alias,
            String title,
            String description,
            @Nullable String owner) {

        boolean canWrite(Viewer viewer) {
            return viewer.bureau().equals(owner);
        }
    }

    /** The collections, {@code all} first, then the bureaus in code order. Every caller may read each one. */
    List<Collection> list() {
        List<Collection> list = new ArrayList<>();
        list.add(new Collection(
                id(ALL),
                ALL,
                "All shared objects",
                "Every STIX object you may see, of every bureau, each bureau's copy on its own; read-only",
                null));
        list.addAll(bureauCollections());
        return list;
    }

    /** The collection with this id or alias; empty when there is none. */
    Optional<Collection> find(String idOrAlias) {
        return list().stream()
                .filter(c -> c.id().equals(idOrAlias) || c.alias().equals(idOrAlias))
                .findFirst();
    }

    private List<Collection> bureauCollections() {
        List<Collection> cached = bureaus;
        if (cached == null) {
            cached = members.bureaus().stream()
                    .map(b -> new Collection(
                            id(b.code()),
                            b.code(),
                            b.name(),
                            "The STIX objects " + b.name() + " shares that you may see; only " + b.code()
                                    + " adds to it",
                            b.code()))
                    .toList();
            bureaus = cached;
        }
        return cached;
    }

    private static String id(String alias) {
        return UUID.nameUUIDFromBytes(("interlink taxii collection " + alias).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
