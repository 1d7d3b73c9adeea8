package org.interlink.platform;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7 of RFC 9562: 48 bits of milliseconds, then 74 random bits) for tables that grow at
 * the rate of requests. Under a random id (version 4) every insert lands on a random leaf of the primary-key index:
 * on a large table each one dirties a page of its own, and after every checkpoint its first change writes that whole
 * page to the WAL. Time-ordered ids land at the end of the index, on a few hot pages. The random bits keep ids
 * unguessable from one another; the time they reveal is the row's creation, which whoever may read the row sees
 * anyway.
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {}

    /** A new id; ids made in a later millisecond sort after it, as UUIDs and as their text. */
    public static UUID next() {
        return next(System.currentTimeMillis());
    }

    static UUID next(long epochMillis) {
        long high = (epochMillis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0fffL);
        long low = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
