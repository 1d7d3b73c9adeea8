package org.interlink.matching.pdq;

/**
 * A hash and the reference's quality score of the image it came from, 0..100 (a measure of significant gradients);
 * below {@link PdqHasher#MIN_QUALITY} the hash is too featureless to match on.
 */
public record PdqResult(PdqHash hash, int quality) {

    public PdqResult {
        if (quality < 0 || quality > 100) {
            throw new IllegalArgumentException("quality is 0..100, not " + quality);
        }
    }

    /** Whether the hash is good enough to be stored or looked up (quality at least {@link PdqHasher#MIN_QUALITY}). */
    public boolean usable() {
        return quality >= PdqHasher.MIN_QUALITY;
    }
}
