package org.interlink.notices;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rate limit of the public pages and API ({@code /public/**}), per client address: a token bucket of {@code
 * interlink.public.rate-limit.per-minute} requests, refilled continuously. Over the limit: 429 problem+json with
 * {@code Retry-After}. The client address is the connection's (behind a proxy, set {@code
 * server.forward-headers-strategy} so it is the forwarded one).
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit implements WebMvcConfigurer, HandlerInterceptor {

    /** Buckets kept before idle ones are dropped, so a flood of addresses cannot exhaust memory. */
    static final int MAX_CLIENTS = 100_000;

    private final Buckets buckets;

    @Autowired
    PublicRateLimit(@Value("${interlink.public.rate-limit.per-minute:60}") int perMinute) {
        this.buckets = new Buckets(perMinute, Clock.systemUTC());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/public/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        long waitSeconds = buckets.take(request.getRemoteAddr());
        if (waitSeconds == 0) {
            return true;
        }
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(waitSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"Too many"
                        + " requests from your address; retry in " + waitSeconds + " s\"}");
        return false;
    }

    /** Token buckets per client address. */
    static final class Buckets {

        private final double perMilli;
        private final double capacity;
        private final Clock clock;
        private final Map<String, double[]> state = new ConcurrentHashMap<>();

        Buckets(int perMinute, Clock clock) {
            this.capacity = perMinute;
            this.perMilli = perMinute / 60_000.0;
            this.clock = clock;
        }

        /** Takes one token for the address: 0 when granted, else the seconds to wait for the next token. */
        long take(String address) {
            long now = clock.millis();
            if (state.size() > MAX_CLIENTS) {
                evictIdle(now);
            }
            double[] bucket = state.computeIfAbsent(address, a -> new double[] {capacity, now});
            synchronized (bucket) {
                double tokens = Math.min(capacity, bucket[0] + (now - bucket[1]) * perMilli);
                bucket[1] = now;
                if (tokens >= 1) {
                    bucket[0] = tokens - 1;
                    return 0;
                }
                bucket[0] = tokens;
                return Math.max(1, (long) Math.ceil((1 - tokens) / perMilli / 1000));
            }
        }

        private void evictIdle(long now) {
            for (Iterator<double[]> it = state.values().iterator(); it.hasNext(); ) {
                double[] bucket = it.next();
                if ((now - bucket[1]) * perMilli >= capacity) {
                    it.remove();
                }
            }
        }
    }
}
