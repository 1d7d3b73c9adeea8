package org.interlink.screening;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * Whether the watchlist may answer checks: the one state that the health component {@code watchlist} reports and that
 * every check obeys (API, direct checks, border console, passenger lists). Until the indexes are built and warmed up,
 * a check is refused with 503 and {@code Retry-After} instead of answering NO_HIT from an index that does not yet hold
 * the records: a passport reported lost must never pass a border because the node had just restarted.
 */
@Component
public class WatchlistReadiness {

    /** Seconds a refused caller is told to wait: a build of the demo data takes a few seconds, a large one longer. */
    static final int RETRY_AFTER_SECONDS = 5;

    private volatile boolean ready;
    private volatile String state = "waiting to build";

    /** Whether checks are answered now. */
    public boolean isReady() {
        return ready;
    }

    /** What the watchlist is doing: "waiting to build", "building", "warming up" or "ready". */
    public String state() {
        return state;
    }

    /**
     * Lets a check through, or refuses it.
     *
     * @throws NotReady while the indexes are not ready (503 problem+json with {@code Retry-After})
     */
    public void require() {
        if (!ready) {
            throw new NotReady(state);
        }
    }

    void building() {
        ready = false;
        state = "building";
    }

    void warmingUp() {
        ready = false;
        state = "warming up";
    }

    void ready() {
        state = "ready";
        ready = true;
    }

    /** A check refused because the watchlist is not ready yet: nothing was screened, audited or raised. */
    public static final class NotReady extends ErrorResponseException {

        NotReady(String state) {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(state), null);
            getHeaders().set("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        }

        private static ProblemDetail problem(String state) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setType(URI.create("about:blank"));
            problem.setTitle("Service Unavailable");
            problem.setDetail("Screening is not ready yet: the watchlist is " + state
                    + " after a start; nothing was checked. Retry in " + RETRY_AFTER_SECONDS + " seconds.");
            return problem;
        }
    }
}
