package org.interlink.content.referrals;

import java.util.List;

/**
 * What supports a referral: hashes of the content, its labels (GIFCT taxonomy), and the bank entries it matched.
 *
 * <p>Public: the pages' templates read it.
 *
 * @param hashes signal type and value, e.g. {@code pdq} and 64 hex digits
 * @param labels e.g. {@code recruitment}, {@code graphic violence}
 * @param entries ids of bank entries; shown to a viewer only when the viewer may see the entry's bank
 */
public record Evidence(List<Signal> hashes, List<String> labels, List<String> entries) {

    static final Evidence NONE = new Evidence(List.of(), List.of(), List.of());

    public Evidence {
        hashes = List.copyOf(hashes);
        labels = List.copyOf(labels);
        entries = List.copyOf(entries);
    }

    /** The same evidence with only the given entries (those a viewer may see). */
    Evidence withEntries(List<String> visible) {
        return new Evidence(hashes, labels, visible);
    }

    /**
     * One hash of the content.
     *
     * @param signalType {@code pdq}, {@code md5}, {@code sha256} or {@code url}
     * @param signal the value: lower-case hex for the hashes, the URL for {@code url}
     */
    public record Signal(String signalType, String signal) {}
}
