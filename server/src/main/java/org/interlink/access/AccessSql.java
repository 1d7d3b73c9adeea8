package org.interlink.access;

import java.util.Map;

/**
 * The access rules of {@link AccessPolicy} as a SQL predicate, so lists, counts and searches filter in the database
 * and never page through items the viewer may not see.
 *
 * <p>The table must have the columns {@code owner text}, {@code classification smallint} (the ordinal of {@link
 * Classification}), {@code audience text} and {@code countries text[]}.
 */
public final class AccessSql {

    private AccessSql() {}

    /**
     * A predicate over the table aliased {@code alias}, using the named parameters {@code viewerBureau}, {@code
     * viewerClearance} and {@code viewerIsGs} (see {@link #parameters(Viewer)}).
     */
    public static String predicate(String alias) {
        String a = alias.isEmpty() ? "" : alias + ".";
        return "(:viewerIsGs OR " + a + "owner = :viewerBureau OR (" + a + "classification <= :viewerClearance AND ("
                + a + "audience = 'ALL' OR (" + a + "audience = 'ONLY' AND :viewerBureau = ANY(" + a
                + "countries)) OR ("
                + a + "audience = 'EXCEPT' AND NOT (:viewerBureau = ANY(" + a + "countries))))))";
    }

    public static Map<String, Object> parameters(Viewer viewer) {
        return Map.of(
                "viewerBureau", viewer.bureau(),
                "viewerClearance", viewer.clearance().ordinal(),
                "viewerIsGs", viewer.isGeneralSecretariat());
    }
}
