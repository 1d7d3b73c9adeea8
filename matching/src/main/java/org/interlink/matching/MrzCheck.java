package org.interlink.matching;

/**
 * The verdict of one check digit.
 *
 * @param field {@code documentNumber}, {@code dateOfBirth}, {@code dateOfExpiry}, {@code optionalData} (TD3 personal
 *     number) or {@code composite}
 * @param found the check digit in the zone (after any OCR correction)
 * @param computed the check digit ICAO 9303 part 3 gives for the field
 */
public record MrzCheck(String field, char found, char computed) {

    /** Whether the zone's digit equals the computed one. */
    public boolean valid() {
        return found == computed;
    }
}
