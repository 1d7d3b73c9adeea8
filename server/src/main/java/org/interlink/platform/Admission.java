package org.interlink.platform;

import jakarta.servlet.ServletRequest;
import java.net.URI;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A heavy request's share of the admission budget ({@code platform.web.AdmissionControl}). The door weighs a passenger
 * list from its {@code Content-Length}, before the body is read; once the body is parsed, the operation states the
 * real weight with {@link #weigh}, and takes the missing travellers from the budget before it processes anything.
 */
public final class Admission {

    private static final String ATTRIBUTE = Admission.class.getName();

    private final Semaphore lane;
    private final int capacity;
    private final long deadlineNanos;
    private int held;

    private Admission(Semaphore lane, int capacity, int held, long deadlineNanos) {
        this.lane = lane;
        this.capacity = capacity;
        this.held = held;
        this.deadlineNanos = deadlineNanos;
    }

    /**
     * Records on {@code request} that it holds {@code held} of {@code lane}'s {@code capacity} permits and may wait
     * for more until {@code deadlineNanos} ({@link System#nanoTime}); {@link #release} gives them all back.
     */
    public static Admission hold(ServletRequest request, Semaphore lane, int capacity, int held, long deadlineNanos) {
        Admission admission = new Admission(lane, capacity, held, deadlineNanos);
        request.setAttribute(ATTRIBUTE, admission);
        return admission;
    }

    /**
     * States that the request weighs {@code weight} (its travellers): takes what the door's estimate lacked (at most
     * the whole budget), waiting no later than the deadline set at arrival. Nothing to do for a request the door did
     * not weigh.
     *
     * @throws Saturated when the missing share is not free in time: nothing may be processed
     */
    public static void weigh(ServletRequest request, int weight) {
        if (request.getAttribute(ATTRIBUTE) instanceof Admission admission) {
            admission.topUp(weight);
        }
    }

    private synchronized void topUp(int weight) {
        int missing = Math.min(weight, capacity) - held;
        if (missing <= 0) {
            return;
        }
        boolean taken;
        try {
            taken = lane.tryAcquire(missing, Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            throw new Saturated();
        }
        held += missing;
    }

    /** Gives back every permit the request holds. */
    public synchronized void release() {
        lane.release(held);
        held = 0;
    }

    /** The request weighs more than the free budget: it was not processed (503, {@code Retry-After: 1}). */
    public static final class Saturated extends ErrorResponseException {

        Saturated() {
            super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
            getHeaders().set("Retry-After", "1");
        }

        private static ProblemDetail problem() {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
            problem.setType(URI.create("about:blank"));
            problem.setTitle("Service Unavailable");
            problem.setDetail("The platform is saturated and did not process the request; retry.");
            return problem;
        }
    }
}
