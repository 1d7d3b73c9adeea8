package org.interlink.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.interlink.common.ProblemResponses;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Load shedding at the door: at most {@code maxConcurrent} API requests are processed at once; a request that cannot
 * start within {@code maxWait} is answered at once with 503 {@code application/problem+json} and {@code Retry-After},
 * before authentication, before its body is read and before anything is processed or recorded.
 *
 * <p>Why: callers such as border systems send at a constant rate whatever the server's state. Without a limit, a
 * server that falls behind (cold JIT after a restart, a stall of the disk) queues every request — memory grows without
 * bound and every caller waits until its own time-out, long after the answer is useless. With the limit, the requests
 * that are admitted are served at normal speed and the others learn within {@code maxWait} that they should retry or
 * fall back.
 *
 * <p>Only the machine API is limited ({@code /api/}, {@code /oauth2/token}, {@code /public/v1/}). Uploads are not:
 * streamed imports ({@code /api/v1/imports/}) hold one request for minutes by design, and a multipart body (message
 * attachments, photos) spends most of its time arriving over the network; counting them would let a few slow senders
 * shut every border check out. They are bounded by their own limits (messaging admits 16 attachment senders at once).
 * Health and metrics must answer under overload, and the pages serve people, who are few.
 */
final class AdmissionControl extends OncePerRequestFilter {

    private final Semaphore permits;
    private final long maxWaitNanos;
    private final Counter rejected;

    AdmissionControl(int maxConcurrent, Duration maxWait, MeterRegistry meters) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("interlink.admission.max-concurrent must be at least 1");
        }
        // Not fair: a fair semaphore hands a freed permit to the oldest waiter, which must first be scheduled again,
        // and the permit sits idle meanwhile; a request that is already running may as well take it. Waiting is
        // bounded by maxWait anyway, so nobody waits for ever.
        this.permits = new Semaphore(maxConcurrent, false);
        this.maxWaitNanos = maxWait.toNanos();
        this.rejected = Counter.builder("interlink.admission.rejected")
                .description("API requests refused with 503 because the platform was saturated")
                .register(meters);
        Gauge.builder("interlink.admission.in.flight", permits, p -> maxConcurrent - p.availablePermits())
                .description("API requests being processed")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/") || path.equals("/oauth2/token") || path.startsWith("/public/v1/");
        String type = request.getContentType();
        boolean upload = path.startsWith("/api/v1/imports/")
                || (type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length()));
        return !api || upload;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            rejected.increment();
            refuse(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", "1");
        ProblemResponses.write(
                response,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "Service Unavailable",
                "The platform is saturated and did not process the request; retry.",
                "");
    }
}
