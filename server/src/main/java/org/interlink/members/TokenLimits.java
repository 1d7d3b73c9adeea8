package org.interlink.members;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often the authorization server's endpoints may be asked for, per client id and per remote address: two token
 * buckets, checked before the client's secret is hashed, so that wrong secrets sent in bulk cost a map lookup, not a
 * bcrypt comparison each. A bucket holds {@code burst} requests and refills at {@code perMinute}; a request finds
 * both its buckets non-empty or is refused with the seconds until it would be accepted.
 *
 * <p>The buckets are kept in memory, per node: behind a load balancer of {@code n} nodes a sender gets at most {@code
 * n} times the limit, which still bounds the hashing work of every node. The lock after repeated failures ({@link
 * ClientLockout}) is in PostgreSQL and holds across nodes. Bounded: past {@link #MAX_KEYS} distinct keys the buckets
 * are forgotten and refill.
 */
@Component
class TokenLimits {

    static final int MAX_KEYS = 100_000;

    private final Limit perClient;
    private final Limit perAddress;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @Autowired
    TokenLimits(
            @Value("${interlink.token-endpoint.client-burst:30}") int clientBurst,
            @Value("${interlink.token-endpoint.client-per-minute:60}") int clientPerMinute,
            @Value("${interlink.token-endpoint.address-burst:60}") int addressBurst,
            @Value("${interlink.token-endpoint.address-per-minute:120}") int addressPerMinute) {
        this(new Limit(clientBurst, clientPerMinute), new Limit(addressBurst, addressPerMinute), System::nanoTime);
    }

    TokenLimits(Limit perClient, Limit perAddress, LongSupplier nanos) {
        this.perClient = perClient;
        this.perAddress = perAddress;
        this.nanos = nanos;
    }

    /** A bucket's size and refill rate. */
    record Limit(int burst, int perMinute) {
        Limit {
            if (burst < 1 || perMinute < 1) {
                throw new IllegalArgumentException(
                        "token endpoint limits must be at least 1: " + burst + ", " + perMinute);
            }
        }
    }

    /**
     * Takes one request from the address's bucket and, when a client id is named, from the client's. Answers 0 when
     * the request may go on, else the whole seconds after which it would be accepted (at least 1).
     */
    long take(String address, String clientId) {
        if (buckets.size() >= MAX_KEYS) {
            buckets.clear();
        }
        long now = nanos.getAsLong();
        long wait = bucket("a:" + address, perAddress, now).take(now);
        if (wait == 0 && !clientId.isEmpty()) {
            wait = bucket("c:" + clientId, perClient, now).take(now);
        }
        return wait;
    }

    /** An administrator unlocked the client: its requests are accepted again on this node at once. */
    void forget(String clientId) {
        buckets.remove("c:" + clientId);
    }

    private Bucket bucket(String key, Limit limit, long now) {
        return buckets.computeIfAbsent(key, k -> new Bucket(limit, now));
    }

    private static final class Bucket {
        private final Limit limit;
        private double tokens;
        private long last;

        Bucket(Limit limit, long now) {
            this.limit = limit;
            this.tokens = limit.burst();
            this.last = now;
        }

        synchronized long take(long now) {
            double perNano = limit.perMinute() / 60e9;
            tokens = Math.min(limit.burst(), tokens + (now - last) * perNano);
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }
    }
}
