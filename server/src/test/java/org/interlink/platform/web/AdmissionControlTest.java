package org.interlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.interlink.platform.Admission;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AdmissionControlTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AdmissionControl admission = new AdmissionControl(1, Duration.ofMillis(100), meters);

    @Test
    void refusesWithProblemJsonWhenNoRequestCanStartInTime() throws Exception {
        Occupied first = occupy("/api/v1/persons/p1");

        AtomicInteger reached = new AtomicInteger();
        MockHttpServletResponse refused = run("/api/v1/screening/documents", (rq, rs) -> reached.incrementAndGet());

        assertThat(reached).hasValue(0);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":503", "saturated");
        assertThat(meters.get("interlink.admission.rejected").counter().count()).isEqualTo(1.0);
        assertThat(meters.get("interlink.admission.in.flight").gauge().value()).isEqualTo(1.0);

        first.release();
        MockHttpServletResponse after = run("/api/v1/screening/documents", (rq, rs) -> reached.incrementAndGet());
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(reached).hasValue(1);
    }

    @Test
    void aWaitingRequestIsServedWhenAPermitFreesWithinTheWait() throws Exception {
        AdmissionControl patient = new AdmissionControl(1, Duration.ofSeconds(5), meters);
        CountDownLatch inside = new CountDownLatch(1);
        Thread first = Thread.ofVirtual()
                .start(() -> run(patient, "/api/v1/messages", (rq, rs) -> {
                    inside.countDown();
                    sleep(150);
                }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse second = run(patient, "/api/v1/messages", (rq, rs) -> {});

        assertThat(second.getStatus()).isEqualTo(200);
        first.join();
    }

    @Test
    void releasesThePermitWhenTheRequestFails() throws Exception {
        FilterChain failing = (rq, rs) -> {
            throw new IllegalStateException("boom");
        };
        try {
            run("/api/v1/persons", failing);
        } catch (IllegalStateException expected) {
            // the filter must still give its permit back
        }
        assertThat(run("/api/v1/persons", (rq, rs) -> {}).getStatus()).isEqualTo(200);
    }

    @Test
    void limitsOnlyTheMachineApiAndNotHealthPagesOrUploads() throws Exception {
        Occupied first = occupy("/oauth2/token");

        for (String path : new String[] {"/actuator/health", "/screening", "/api/v1/imports/documents", "/"}) {
            assertThat(run(path, (rq, rs) -> {}).getStatus()).as(path).isEqualTo(200);
        }
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/v1/messages");
        upload.setContentType("multipart/form-data; boundary=x");
        MockHttpServletResponse uploaded = new MockHttpServletResponse();
        admission.doFilter(upload, uploaded, (rq, rs) -> {});
        assertThat(uploaded.getStatus()).as("multipart upload").isEqualTo(200);
        for (String path : new String[] {"/api/v1/countries", "/public/v1/notices/red", "/oauth2/token"}) {
            assertThat(run(path, (rq, rs) -> {}).getStatus()).as(path).isEqualTo(503);
        }
        first.release();
    }

    @Test
    void aListThatCannotStartInTimeIsRefusedWithinTheWaitWhileALightCheckIsAdmitted() throws Exception {
        SimpleMeterRegistry laneMeters = new SimpleMeterRegistry();
        AdmissionControl lanes = new AdmissionControl(2, Duration.ofMillis(200), laneMeters);
        // 100 kB: weighed as the largest list, it takes the whole heavy lane
        Occupied list = occupy(lanes, batch(100_000));

        AtomicInteger reached = new AtomicInteger();
        CompletableFuture<MockHttpServletResponse> queued =
                CompletableFuture.supplyAsync(() -> run(lanes, batch(5_000), (rq, rs) -> reached.incrementAndGet()));
        MockHttpServletResponse check = run(lanes, post("/api/v1/screening/documents"), (rq, rs) -> {});
        MockHttpServletResponse refused = queued.get(10, TimeUnit.SECONDS);

        assertThat(check.getStatus())
                .as("a document check does not wait behind lists")
                .isEqualTo(200);
        assertThat(reached).as("the queued list was not processed").hasValue(0);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(laneMeters
                        .get("interlink.admission.travellers.in.flight")
                        .gauge()
                        .value())
                .isEqualTo(1_000.0);
        list.release();

        assertThat(run(lanes, batch(5_000), (rq, rs) -> reached.incrementAndGet())
                        .getStatus())
                .isEqualTo(200);
        assertThat(reached).hasValue(1);
    }

    @Test
    void listsAreWeighedByTheirTravellersSoSmallOnesShareTheLane() throws Exception {
        AdmissionControl lanes = new AdmissionControl(1, 100, Duration.ofMillis(200), meters);
        Occupied first = occupy(lanes, batch(5_000)); // 50 travellers of the 100
        Occupied second = occupy(lanes, batch(5_000)); // the other 50

        assertThat(run(lanes, batch(100), (rq, rs) -> {}).getStatus())
                .as("lane full")
                .isEqualTo(503);
        assertThat(run(lanes, post("/api/v1/persons"), (rq, rs) -> {}).getStatus())
                .isEqualTo(200);
        first.release();
        second.release();
        // a list heavier than the whole lane still runs, alone
        assertThat(run(lanes, batch(100_000), (rq, rs) -> {}).getStatus()).isEqualTo(200);
    }

    @Test
    void aParsedListTakesTheTravellersTheEstimateLackedOrIsRefusedUnprocessed() throws Exception {
        AdmissionControl lanes = new AdmissionControl(1, 100, Duration.ofMillis(200), meters);
        // 1 kB of bare names, weighed as 10 at the door, holds 80 travellers once parsed
        MockHttpServletResponse fits = run(lanes, batch(1_000), (rq, rs) -> Admission.weigh(rq, 80));
        assertThat(fits.getStatus()).isEqualTo(200);

        Occupied other = occupy(lanes, batch(5_000)); // 50 of the 100
        AtomicInteger processed = new AtomicInteger();
        assertThatThrownBy(() -> run(lanes, batch(1_000), (rq, rs) -> {
                    Admission.weigh(rq, 80);
                    processed.incrementAndGet();
                }))
                .isInstanceOf(Admission.Saturated.class)
                .satisfies(e -> {
                    Admission.Saturated refused = (Admission.Saturated) e;
                    assertThat(refused.getStatusCode().value()).isEqualTo(503);
                    assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("1");
                });
        assertThat(processed).hasValue(0);
        other.release();
        // every permit came back: the whole lane is free again
        assertThat(run(lanes, batch(10_000), (rq, rs) -> {}).getStatus()).isEqualTo(200);
        assertThat(run(lanes, batch(1_000), (rq, rs) -> Admission.weigh(rq, 100))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void estimatesTravellersFromTheLengthBeforeTheBodyIsRead() {
        assertThat(AdmissionControl.travellersIn(0)).isEqualTo(1);
        assertThat(AdmissionControl.travellersIn(5_000)).isEqualTo(50);
        assertThat(AdmissionControl.travellersIn(5_001)).isEqualTo(51);
        assertThat(AdmissionControl.travellersIn(10_000_000)).isEqualTo(1_000);
        assertThat(AdmissionControl.travellersIn(-1))
                .as("chunked: unknown length")
                .isEqualTo(1_000);
    }

    private static MockHttpServletRequest batch(int contentLength) {
        MockHttpServletRequest request = post(AdmissionControl.BATCH);
        request.setContentType("application/json");
        request.setContent(new byte[contentLength]);
        return request;
    }

    private static MockHttpServletRequest post(String path) {
        return new MockHttpServletRequest("POST", path);
    }

    private static Occupied occupy(AdmissionControl filter, MockHttpServletRequest request)
            throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread thread = Thread.ofVirtual()
                .start(() -> run(filter, request, (rq, rs) -> {
                    inside.countDown();
                    await(release);
                }));
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        return new Occupied(thread, release);
    }

    /** A request that holds the only permit until released. */
    private record Occupied(Thread thread, CountDownLatch latch) {
        void release() throws InterruptedException {
            latch.countDown();
            thread.join();
        }
    }

    private Occupied occupy(String path) throws InterruptedException {
        return occupy(admission, post(path));
    }

    private MockHttpServletResponse run(String path, FilterChain chain) {
        return run(admission, path, chain);
    }

    private static MockHttpServletResponse run(AdmissionControl filter, String path, FilterChain chain) {
        return run(filter, post(path), chain);
    }

    private static MockHttpServletResponse run(
            AdmissionControl filter, MockHttpServletRequest request, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request, response, chain);
        } catch (java.io.IOException | jakarta.servlet.ServletException e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
