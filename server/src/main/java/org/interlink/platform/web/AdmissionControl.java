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
import org.interlink.platform.Admission;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Load shedding at the door, in two lanes: at most {@code maxConcurrent} light API requests are processed at once, and
 * passenger lists ({@code POST /api/v1/screening/batch}) take travellers from a separate budget of
 * {@code heavyTravellers}. A request that cannot start within {@code maxWait} of reaching this filter is answered with
 * 503 {@code application/problem+json} and {@code Retry-After}, before authentication, before its body is read and
 * before anything is processed or recorded.
 *
 * <p>Why two lanes weighed by cost: a list of 1,000 travellers costs as much as 1,000 document checks. Counted as one
 * request each, 1,024 lists of 50 were admitted at once — 51,200 travellers of name matching on two cores, finished
 * after 40 s — and light checks queued behind them. A list's weight is its number of travellers, estimated from
 * {@code Content-Length} before the body is read ({@link #travellersIn}) and, once parsed, stated exactly by the
 * operation ({@link Admission#weigh}, within the same deadline); a list heavier than the whole budget takes the whole
 * budget. Lists wait only for lists: a document check never waits behind one.
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

    /** The passenger-list path, the heavy lane's only member. */
    static final String BATCH = "/api/v1/screening/batch";

    /**
     * Bytes of JSON per traveller for the weight estimate. A traveller with a name, date of birth, nationality and a
     * document is 120-200 bytes, so real lists are weighed somewhat heavier than they are (refused a little early);
     * a list of bare names (about 20 bytes a traveller) is weighed at a fifth of its count, still far above one.
     */
    static final int BYTES_PER_TRAVELLER = 100;

    /** Most travellers in one list ({@code Screening.MAX_TRAVELLERS}); a body without a length weighs this much. */
    static final int MAX_TRAVELLERS = 1_000;

    private final Semaphore light;
    private final Semaphore heavy;
    private final int heavyTravellers;
    private final long maxWaitNanos;
    private final Counter rejected;

    AdmissionControl(int maxConcurrent, Duration maxWait, MeterRegistry meters) {
        this(maxConcurrent, MAX_TRAVELLERS, maxWait, meters);
    }

    AdmissionControl(int maxConcurrent, int heavyTravellers, Duration maxWait, MeterRegistry meters) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("interlink.admission.max-concurrent must be at least 1");
        }
        if (heavyTravellers < 1) {
            throw new IllegalArgumentException("interlink.admission.heavy-travellers must be at least 1");
        }
        // Not fair: a fair semaphore hands a freed permit to the oldest waiter, which must first be scheduled again,
        // and the permit sits idle meanwhile; a request that is already running may as well take it. Waiting is
        // bounded by maxWait anyway, so nobody waits for ever.
        this.light = new Semaphore(maxConcurrent, false);
        this.heavy = new Semaphore(heavyTravellers, false);
        this.heavyTravellers = heavyTravellers;
        this.maxWaitNanos = maxWait.toNanos();
        this.rejected = Counter.builder("interlink.admission.rejected")
                .description("API requests refused with 503 because the platform was saturated")
                .register(meters);
        Gauge.builder("interlink.admission.in.flight", light, p -> maxConcurrent - p.availablePermits())
                .description("Light API requests being processed")
                .register(meters);
        Gauge.builder("interlink.admission.travellers.in.flight", heavy, p -> heavyTravellers - p.availablePermits())
                .description("Travellers of passenger lists being screened")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        boolean api = path.startsWith("/api/") || path.equals("/oauth2/token") || path.startsWith("/public/v1/");
        String type = request.getContentType();
        boolean upload = path.startsWith("/api/v1/imports/")
                || (type != null && type.regionMatches(true, 0, "multipart/", 0, "multipart/".length()));
        return !api || upload;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long arrived = System.nanoTime();
        boolean list = "POST".equals(request.getMethod()) && path(request).equals(BATCH);
        Semaphore lane = list ? heavy : light;
        int weight = list ? Math.min(travellersIn(request.getContentLengthLong()), heavyTravellers) : 1;
        boolean admitted;
        try {
            admitted = lane.tryAcquire(weight, maxWaitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            rejected.increment();
            refuse(response);
            return;
        }
        if (!list) {
            try {
                chain.doFilter(request, response);
            } finally {
                light.release();
            }
            return;
        }
        // A list's operation states its real weight once parsed (Admission.weigh), within the same deadline.
        Admission held = Admission.hold(request, heavy, heavyTravellers, weight, arrived + maxWaitNanos);
        try {
            chain.doFilter(request, response);
        } finally {
            held.release();
        }
    }

    /**
     * The travellers a list of {@code contentLength} bytes is weighed as: at least one, at most {@link #MAX_TRAVELLERS}
     * (also for an unknown length, -1: a chunked body may hold the largest list).
     */
    static int travellersIn(long contentLength) {
        if (contentLength < 0) {
            return MAX_TRAVELLERS;
        }
        long estimate = (contentLength + BYTES_PER_TRAVELLER - 1) / BYTES_PER_TRAVELLER;
        return (int) Math.clamp(estimate, 1, MAX_TRAVELLERS);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
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
