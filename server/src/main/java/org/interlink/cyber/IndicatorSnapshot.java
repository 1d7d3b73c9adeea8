package org.interlink.cyber;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The latest version of one bureau's copy of an indicator, as the check index holds it.
 *
 * @param owner the bureau that shared it
 * @param id the STIX id ({@code indicator--…})
 * @param modified the version
 * @param classification the restriction's classification (name of {@code access.Classification})
 * @param audience the restriction's audience (name of {@code access.Audience})
 * @param countries the restriction's countries
 * @param tlp the narrowest TLP level of its markings (name of a TLP level, e.g. {@code AMBER})
 * @param pattern the STIX pattern
 * @param valueTypes the check index types of the values the pattern names (e.g. {@code ipv4-addr}, {@code file:hashes})
 * @param values those values, in the same order
 * @param action what the owner asks a searcher who matches to do
 * @param confidence the stated confidence, 0–100
 * @param validFrom when it became valid
 * @param validUntil when it stops matching (stated, or from the decay table)
 * @param revoked whether the owner revoked it (a revoked indicator matches nothing)
 */
public record IndicatorSnapshot(
        String owner,
        String id,
        Instant modified,
        String classification,
        String audience,
        Set<String> countries,
        String tlp,
        String pattern,
        List<String> valueTypes,
        List<String> values,
        String action,
        int confidence,
        Instant validFrom,
        Instant validUntil,
        boolean revoked) {

    String key() {
        return owner + " " + id;
    }
}
