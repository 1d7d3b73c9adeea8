package org.interlink.content;

import java.time.Instant;
import java.util.List;
import org.interlink.access.Restriction;

/**
 * A hash bank as its viewer may see it.
 *
 * @param name unique on the platform: the HMA-compatible lookup answers by bank name
 * @param owner the bureau (alpha-2) or {@code GS} that keeps it and is told of every hit on it
 * @param access who may see the bank and its entries
 * @param negative known-benign hashes: a lookup that matches one reports NO_HIT for that signal, and why
 * @param labels taxonomy labels for the whole bank ({@link Taxonomy})
 * @param entries how many entries it holds, enabled or not
 */
public record Bank(
        String id,
        String name,
        String owner,
        Restriction access,
        boolean negative,
        List<String> labels,
        String createdBy,
        Instant createdAt,
        long entries) {}
