package org.interlink.access;

/**
 * Decides whether a viewer may see an item. The rules, in order:
 *
 * <ol>
 *   <li>the owner bureau and the General Secretariat always see the item;
 *   <li>anyone else must hold a clearance that reaches the item's classification, and
 *   <li>belong to the audience: every member for {@code ALL}, a listed country for {@code ONLY}, an unlisted country
 *       for {@code EXCEPT}.
 * </ol>
 *
 * <p>Pure and stateless: safe to call on every candidate of every screening query. Read paths that answer lists
 * express the same rules in SQL through {@link AccessSql}; tests hold the two to the same answers.
 */
public final class AccessPolicy {

    private AccessPolicy() {}

    public static boolean maySee(Viewer viewer, String owner, Restriction restriction) {
        if (viewer.isGeneralSecretariat() || viewer.bureau().equals(owner)) {
            return true;
        }
        if (!viewer.clearance().reaches(restriction.classification())) {
            return false;
        }
        return switch (restriction.audience()) {
            case ALL -> true;
            case ONLY -> restriction.countries().contains(viewer.bureau());
            case EXCEPT -> !restriction.countries().contains(viewer.bureau());
        };
    }
}
