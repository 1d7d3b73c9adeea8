package org.interlink.cyber;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The check page's lists, checked in the background a chunk at a time through {@link Checks} (each chunk audited and
 * its hits raised as the API's check does), so the page can show progress. A job belongs to the person who started it;
 * anyone else asking for it is answered as for a missing one. Finished jobs are forgotten after an hour.
 */
@Component
class CheckJobs {

    /** Values per call to {@link Checks#check}: small enough for the progress to move, large enough to batch audit. */
    static final int CHUNK = 500;

    /** Running jobs one person may have at once: a list of 10,000 takes seconds, not minutes. */
    static final int MAX_RUNNING_PER_PERSON = 2;

    private static final Duration KEPT = Duration.ofHours(1);

    private final Checks checks;
    private final CyberReadiness readiness;
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("cyber-check-page").daemon().factory());

    CheckJobs(Checks checks, CyberReadiness readiness) {
        this.checks = checks;
        this.readiness = readiness;
    }

    /** One list being checked: how far it got, its results so far, and the problem that stopped it, if any. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final String person;
        private final int total;
        private final Instant started = Instant.now();
        private final List<Checks.Result> results = new ArrayList<>();
        private final CountDownLatch finished = new CountDownLatch(1);
        private volatile @Nullable String problem;

        Job(String person, int total) {
            this.person = person;
            this.total = total;
        }

        public String id() {
            return id;
        }

        public int total() {
            return total;
        }

        public synchronized int done() {
            return results.size();
        }

        public int percent() {
            return total == 0 ? 100 : done() * 100 / total;
        }

        public boolean running() {
            return finished.getCount() > 0;
        }

        public @Nullable String problem() {
            return problem;
        }

        /** The results so far, in the order of the values. */
        public synchronized List<Checks.Result> results() {
            return List.copyOf(results);
        }

        public synchronized long hits() {
            return results.stream().filter(r -> r.outcome().equals("HIT")).count();
        }

        private synchronized void add(List<Checks.Result> more) {
            results.addAll(more);
        }
    }

    /**
     * Starts checking a list (validated whole first: nothing is checked when one value is refused) and waits up to
     * {@code wait} for it, so a short list is answered at once.
     *
     * @throws org.interlink.common.InvalidInputException naming the refused value
     * @throws org.interlink.common.IndexReadiness.NotReady while the indicators load after a start
     */
    Job start(Viewer viewer, List<String> values, String purpose, Duration wait) {
        Checks.validate(values);
        readiness.require();
        forgetOld();
        String person = person(viewer);
        long running = jobs.values().stream()
                .filter(j -> j.person.equals(person) && j.running())
                .count();
        if (running >= MAX_RUNNING_PER_PERSON) {
            throw new ConflictException(
                    429, "You already have " + running + " lists being checked; wait for one to finish.");
        }
        Job job = new Job(person, values.size());
        jobs.put(job.id, job);
        List<String> list = List.copyOf(values);
        worker.execute(() -> run(viewer, list, purpose, job));
        try {
            job.finished.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return job;
    }

    private void run(Viewer viewer, List<String> values, String purpose, Job job) {
        try {
            for (int from = 0; from < values.size(); from += CHUNK) {
                job.add(checks.check(viewer, values.subList(from, Math.min(values.size(), from + CHUNK)), purpose));
            }
        } catch (RuntimeException e) {
            job.problem = "The check stopped after " + job.done() + " values: " + e.getMessage();
        } finally {
            job.finished.countDown();
        }
    }

    /** The viewer's own job with this id; another person's is answered as missing. */
    Optional<Job> find(Viewer viewer, String id) {
        Job job = jobs.get(id);
        return job != null && job.person.equals(person(viewer)) ? Optional.of(job) : Optional.empty();
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEPT);
        jobs.values().removeIf(j -> !j.running() && j.started.isBefore(before));
    }

    private static String person(Viewer viewer) {
        return viewer.bureau() + " " + viewer.actor();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
