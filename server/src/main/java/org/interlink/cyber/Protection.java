package org.interlink.cyber;

import java.util.Map;
import org.interlink.access.AccessPolicy;
import org.interlink.access.AccessSql;
import org.interlink.access.Audience;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;

/**
 * Who may see a cyber object: its owner bureau, its {@code x_interlink_access} restriction (the one access policy,
 * {@link AccessPolicy}) and the narrowest TLP level of its markings. Both must allow the viewer. The same rules in
 * SQL are {@link #predicate}; a property test holds the two to the same answers.
 *
 * @param owner the bureau that shared the object
 * @param restriction the classification and audience the owner set (default: every member)
 * @param tlp the narrowest TLP marking on the object, {@link Tlp#CLEAR} when it has none
 */
record Protection(String owner, Restriction restriction, Tlp tlp) {

    boolean maySee(Viewer viewer) {
        if (viewer.bureau().equals(owner)) {
            return true;
        }
        if (!AccessPolicy.maySee(viewer, owner, restriction)) {
            return false;
        }
        boolean named = restriction.audience() == Audience.ONLY
                && restriction.countries().contains(viewer.bureau());
        return switch (tlp) {
            case CLEAR, GREEN -> true;
            case AMBER -> named || viewer.isGeneralSecretariat();
            case RED -> named;
            case AMBER_STRICT -> false;
        };
    }

    /**
     * The rules of {@link #maySee} over the table aliased {@code alias} (columns {@code owner, classification,
     * audience, countries, tlp}), with the named parameters of {@link #parameters}.
     */
    static String predicate(String alias) {
        String a = alias + ".";
        String named = "(" + a + "audience = 'ONLY' AND :viewerBureau = ANY(" + a + "countries))";
        return "(" + a + "owner = :viewerBureau OR (" + AccessSql.predicate(alias) + " AND (" + a + "tlp <= "
                + Tlp.GREEN.ordinal() + " OR (" + a + "tlp = " + Tlp.AMBER.ordinal() + " AND (" + named
                + " OR :viewerIsGs)) OR (" + a + "tlp = " + Tlp.RED.ordinal() + " AND " + named + "))))";
    }

    static Map<String, Object> parameters(Viewer viewer) {
        return AccessSql.parameters(viewer);
    }
}
