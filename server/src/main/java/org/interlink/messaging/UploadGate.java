package org.interlink.messaging;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * At most {@code interlink.messaging.concurrent-uploads} (default 16) sends with attachments are read and stored at
 * once; the others wait, before a byte of their body is read and so holding no memory, for at most {@code
 * interlink.messaging.upload-wait} (default 10 s), then are refused with 503 and {@code Retry-After}. Requests are
 * served on virtual threads without a bound: when sends arrived faster than they were stored, every waiting request
 * held its buffers (about half a megabyte beyond the spooled content), the heap filled, and the server spent its time
 * collecting garbage instead of catching up.
 */
@Component
public class UploadGate {

    private final Semaphore permits;
    private final Duration wait;

    UploadGate(
            @Value("${interlink.messaging.concurrent-uploads:16}") int concurrent,
            @Value("${interlink.messaging.upload-wait:PT10S}") Duration wait) {
        this.permits = new Semaphore(concurrent, true);
        this.wait = wait;
    }

    /** A permit to read and store one send; close it when the request is done. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /** @throws Busy when no permit came free in time */
    public Permit enter() {
        try {
            if (!permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new Busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        return permits::release;
    }

    /** 503 with {@code Retry-After}: too many sends with attachments at once. */
    public static class Busy extends ErrorResponseException {
        Busy() {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
            getHeaders().set("Retry-After", "2");
        }

        private static ProblemDetail problem() {
            return Problems.of(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Service Unavailable",
                    "Too many messages with attachments are being sent at once; nothing was stored. Retry (with the"
                            + " same Idempotency-Key).");
        }
    }
}
