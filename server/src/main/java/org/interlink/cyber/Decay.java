package org.interlink.cyber;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an indicator stays valid, and how its confidence fades, by the kind of value it names. Pure: the clock is
 * an argument. The table is docs/CYBER.md's "Lifecycle".
 *
 * <p>An indicator without {@code valid_until} is valid for its kind's lifetime from {@code valid_from}; its confidence
 * (50 when absent, "medium" on STIX's scale) falls linearly to zero at {@code valid_until}. Example: an IPv4 indicator
 * of confidence 80 valid from 1 January is at 40 on 31 January and expires on 2 March.
 */
final class Decay {

    /** Confidence when the indicator states none. */
    static final int DEFAULT_CONFIDENCE = 50;

    private Decay() {}

    /** The lifetime of an indicator whose pattern names values of {@code type} (a check index type). */
    static Duration lifetime(String type) {
        return switch (type) {
            // addresses are reassigned quickly (cloud hosts, DHCP pools)
            case "ipv4-addr", "ipv6-addr" -> Duration.ofDays(60);
            case "domain-name" -> Duration.ofDays(90);
            case "url", "email-addr" -> Duration.ofDays(180);
            // hashes and wallets do not change meaning
            default -> Duration.ofDays(365);
        };
    }

    /** {@code valid_until} when the indicator states none. */
    static Instant validUntil(String type, Instant validFrom) {
        return validFrom.plus(lifetime(type));
    }

    /** The confidence at {@code now}: the stated one before {@code validFrom}, falling to 0 at {@code validUntil}. */
    static int confidenceAt(int stated, Instant validFrom, Instant validUntil, Instant now) {
        if (!now.isBefore(validUntil)) {
            return 0;
        }
        if (!now.isAfter(validFrom)) {
            return stated;
        }
        double span = Duration.between(validFrom, validUntil).toMillis();
        double left = Duration.between(now, validUntil).toMillis();
        return (int) Math.round(stated * left / span);
    }
}
