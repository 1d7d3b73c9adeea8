package org.interlink.cyber;

import java.util.Map;
import java.util.Optional;

/**
 * The Traffic Light Protocol markings STIX 2.1 knows by fixed id: TLP 1.0's four, built into STIX 2.1 (section 7.2.1.4),
 * and TLP 2.0's five (the OASIS TLP 2.0 marking definitions). Ordered from the widest to the narrowest audience; each
 * level's audience contains the next one's (docs/CYBER.md, "TLP and access").
 */
enum Tlp {
    /** TLP:CLEAR (2.0) and TLP:WHITE (1.0): no limit beyond the object's restriction. */
    CLEAR,
    /** TLP:GREEN: the community, every member bureau the restriction allows. */
    GREEN,
    /** TLP:AMBER: the owner, the bureaus the restriction names, and the General Secretariat on need to know. */
    AMBER,
    /** TLP:RED: the owner and the bureaus the restriction names, nobody else (not the General Secretariat). */
    RED,
    /** TLP:AMBER+STRICT: the owner's organisation only. */
    AMBER_STRICT;

    private static final Map<String, Tlp> IDS = Map.ofEntries(
            // TLP 1.0, STIX 2.1 section 7.2.1.4
            Map.entry("marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", CLEAR),
            Map.entry("marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", GREEN),
            Map.entry("marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", AMBER),
            Map.entry("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", RED),
            // TLP 2.0, the OASIS CTI TC's marking definitions
            Map.entry("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", CLEAR),
            Map.entry("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", GREEN),
            Map.entry("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", AMBER),
            Map.entry("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", AMBER_STRICT),
            Map.entry("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", RED));

    /** The TLP level of a marking-definition id, or empty when the id is not a TLP marking. */
    static Optional<Tlp> of(String markingId) {
        return Optional.ofNullable(IDS.get(markingId));
    }

    /** The narrower of two levels: an object with several markings needs all of them to be seen. */
    Tlp and(Tlp other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
