package org.interlink.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * The load generators' HTTP/1.1 client and open loop: persistent connections, at most {@code maxConnections} open at
 * once, driven by two platform threads. The caller's thread writes each request when it is due on an idle connection
 * (a request that finds none waits, and its wait counts in its latency); one event-loop thread reads every answer from
 * a {@link Selector} and hands the connection to the next request waiting.
 *
 * <p>Why not a thread per request: the generator shares this 2-core VM with the server it measures, so its own CPU is
 * taken from the server. {@code java.net.http.HttpClient} took a whole core at 2,000 requests a second (2026-11-30);
 * blocking sockets on a virtual thread per request took 0.13–0.15 ms of CPU a request in steady state against the bare
 * server (each blocking read parks the thread, registers the socket with the JDK's poller and wakes it again), this
 * 0.08–0.09 ms (2026-12-01, docs/PERFORMANCE.md). Here a request costs a write, a readiness event and a read.
 */
final class HttpConnections {

    /**
     * A request ready to send.
     *
     * @param target the path and query
     * @param headers header lines, each ending in CRLF (without Host and Content-Length, which are added)
     */
    record Request(String method, String target, String headers, byte[] body) {

        static Request get(String target, String headers) {
            return new Request("GET", target, headers, new byte[0]);
        }

        static Request post(String target, String headers, byte[] body) {
            return new Request("POST", target, headers, body);
        }
    }

    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final long ANSWER_TIMEOUT_NANOS = 30_000_000_000L;

    private final InetSocketAddress address;
    private final String host;
    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();
    private final Queue<Connection> idle = new ConcurrentLinkedQueue<>();
    private final Deque<Due> waiting = new ConcurrentLinkedDeque<>();
    /** Work for the event loop's thread, which alone registers channels and changes their interest. */
    private final Queue<Runnable> forLoop = new ConcurrentLinkedQueue<>();

    private final Selector selector;
    private volatile Thread loop;

    HttpConnections(URI base, int maxConnections) {
        int port = base.getPort() < 0 ? 80 : base.getPort();
        this.address = new InetSocketAddress(base.getHost(), port);
        this.host = base.getHost() + ":" + port;
        this.maxConnections = maxConnections;
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new IllegalStateException("no selector", e);
        }
    }

    /**
     * A request that is due, with where its outcome goes.
     *
     * @param resent whether it was already sent once on a connection the server had closed while it was idle
     */
    private record Due(int index, long dueAt, Request request, Run run, boolean resent) {}

    /**
     * Sends request {@code i} at {@code start + dueNanos[i]}, whatever earlier answers did, and returns once every
     * request has its answer or has failed. Each latency counts from when the request was due.
     */
    LoadGenerator.Result run(IntFunction<Request> requests, long[] dueNanos) throws InterruptedException {
        Run run = new Run(dueNanos.length);
        long startMillis = System.currentTimeMillis();
        long start = System.nanoTime();
        loop = Thread.ofPlatform().name("load-answers").daemon(true).start(() -> readAnswers(run));
        try {
            for (int i = 0; i < dueNanos.length; i++) {
                long dueAt = start + dueNanos[i];
                long wait = dueAt - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                waiting.add(new Due(i, dueAt, requests.apply(i), run, false));
                sendWaiting();
            }
            run.done.await();
        } finally {
            run.finished = true;
            selector.wakeup();
            loop.join();
        }
        return new LoadGenerator.Result(
                run.latencies,
                dueNanos,
                startMillis,
                System.nanoTime() - start,
                Map.copyOf(run.statuses),
                run.failures.get());
    }

    /** Sends one request now and returns its status code. */
    int send(Request request) throws IOException, InterruptedException {
        LoadGenerator.Result result = run(i -> request, new long[] {0});
        if (result.failures() > 0) {
            throw new IOException("no answer to " + request.method() + " " + request.target());
        }
        return result.statuses().keySet().iterator().next();
    }

    /**
     * Pairs waiting requests with idle connections, opening new ones up to the limit. Called by both threads: the
     * sender after queueing a request, the loop after freeing a connection. Each side queues before it polls the other
     * queue, so a request and a connection freed at the same moment always meet.
     */
    private void sendWaiting() {
        while (!waiting.isEmpty()) {
            Due head = waiting.peek();
            // A resent request met a connection the server closed as idle: it goes on a new connection, since any
            // reused one could be closing the same way, and it may be resent only once.
            boolean fresh = head != null && head.resent();
            Connection connection = fresh ? null : idle.poll();
            if (connection != null && connection.closed.get()) {
                continue; // the server closed it while it was idle; the loop has seen its end
            }
            if (connection == null) {
                if (open.incrementAndGet() > maxConnections) {
                    open.decrementAndGet();
                    if (fresh && closeAnIdleConnection()) {
                        continue; // its place is free now
                    }
                    return; // the loop sends it when a connection is free
                }
                try {
                    connection = new Connection();
                } catch (IOException e) {
                    open.decrementAndGet();
                    Due refused = waiting.poll();
                    if (refused != null) {
                        refused.run().fail(refused);
                    }
                    continue;
                }
            }
            Due due = waiting.poll();
            if (due == null) {
                idle.add(connection);
                continue;
            }
            connection.send(due);
        }
    }

    /** Closes an idle connection to make room for a new one; false when none is idle. */
    private boolean closeAnIdleConnection() {
        Connection idleOne = idle.poll();
        if (idleOne == null) {
            return false;
        }
        idleOne.close(false);
        return true;
    }

    private void readAnswers(Run run) {
        long lastSweep = System.nanoTime();
        while (!run.finished) {
            try {
                selector.select(100);
            } catch (IOException e) {
                throw new IllegalStateException("the selector failed", e);
            }
            for (Runnable task; (task = forLoop.poll()) != null; ) {
                task.run();
            }
            for (SelectionKey key : selector.selectedKeys()) {
                Connection connection = (Connection) key.attachment();
                if (key.isValid() && key.isWritable()) {
                    connection.writeRest();
                }
                if (key.isValid() && key.isReadable()) {
                    connection.read();
                }
            }
            selector.selectedKeys().clear();
            sendWaiting(); // requests that waited for a connection a closed one made room for
            long now = System.nanoTime();
            if (now - lastSweep > 1_000_000_000L) {
                lastSweep = now;
                for (SelectionKey key : selector.keys()) {
                    ((Connection) key.attachment()).timeOut(now);
                }
            }
        }
    }

    private void onLoop(Runnable task) {
        if (Thread.currentThread() == loop) {
            task.run();
        } else {
            forLoop.add(task);
            selector.wakeup();
        }
    }

    /** One run's outcomes. */
    private static final class Run {
        final long[] latencies;
        final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        final AtomicLong failures = new AtomicLong();
        final CountDownLatch done;
        volatile boolean finished;

        Run(int total) {
            latencies = new long[total];
            done = new CountDownLatch(total);
        }

        void answer(Due due, int status) {
            latencies[due.index()] = System.nanoTime() - due.dueAt();
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            done.countDown();
        }

        void fail(Due due) {
            latencies[due.index()] = System.nanoTime() - due.dueAt();
            failures.incrementAndGet();
            done.countDown();
        }
    }

    /**
     * One keep-alive connection; carries one request at a time. Both threads may close it (the sender when a write
     * fails, the loop on the end of the stream, a bad answer or a timeout), so the request in flight is taken from it
     * atomically: exactly one of them answers, fails or resends it.
     */
    private final class Connection {

        private final SocketChannel channel;
        private volatile SelectionKey key;
        /** The request in flight. */
        private final AtomicReference<Due> current = new AtomicReference<>();
        /** The rest of the request's bytes still to write. */
        private volatile ByteBuffer out;

        private volatile long sentAt;
        /** Whether it carried an answer already: only then may the server have closed it as idle. */
        private volatile boolean reused;

        /**
         * Where the request's write stands, so that whichever of the sender (its write returned) and the loop (the
         * answer came) is second decides whether the connection is kept. The answer can come before the sender's
         * write call has even returned, let alone updated its buffer, so the loop cannot tell from the buffer.
         */
        private final AtomicInteger writeState = new AtomicInteger();

        private static final int WRITING = 0;
        private static final int WRITTEN = 1;
        private static final int REST_ON_LOOP = 2;
        private static final int ANSWERED = 3;

        /** Whether the answer allows keeping the connection; set by the loop before it marks the request answered. */
        private volatile boolean answerKeepsIt;

        final AtomicBoolean closed = new AtomicBoolean();
        private byte[] in = new byte[16 * 1024];
        private int length;

        Connection() throws IOException {
            channel = SocketChannel.open();
            try {
                channel.socket().setTcpNoDelay(true);
                channel.socket().connect(address, CONNECT_TIMEOUT_MILLIS);
                channel.configureBlocking(false);
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            onLoop(() -> {
                try {
                    key = channel.register(selector, SelectionKey.OP_READ, this);
                } catch (IOException e) {
                    close(false);
                }
            });
        }

        void send(Due due) {
            Request request = due.request();
            byte[] head = (request.method() + " " + request.target() + " HTTP/1.1\r\nHost: " + host + "\r\n"
                            + request.headers() + "Content-Length: " + request.body().length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1);
            ByteBuffer bytes = ByteBuffer.allocate(head.length + request.body().length);
            bytes.put(head).put(request.body()).flip();
            out = bytes;
            writeState.set(WRITING);
            sentAt = System.nanoTime();
            current.set(due);
            try {
                channel.write(bytes);
            } catch (IOException e) {
                close(true);
                return;
            }
            if (bytes.hasRemaining()) { // the socket's buffer is full: the loop writes the rest when it drains
                if (writeState.compareAndSet(WRITING, REST_ON_LOOP)) {
                    onLoop(() -> interest(SelectionKey.OP_READ | SelectionKey.OP_WRITE));
                } else {
                    keepOrClose(false); // answered before the request was written whole (a refusal)
                }
            } else {
                out = null;
                if (!writeState.compareAndSet(WRITING, WRITTEN)) {
                    keepOrClose(answerKeepsIt); // the answer came first
                }
            }
        }

        void writeRest() {
            ByteBuffer rest = out;
            try {
                if (rest != null) {
                    channel.write(rest);
                }
            } catch (IOException e) {
                close(true);
                return;
            }
            if (rest == null || !rest.hasRemaining()) {
                out = null;
                interest(SelectionKey.OP_READ);
            }
        }

        private void interest(int ops) {
            if (key != null && key.isValid()) {
                key.interestOps(ops);
            }
        }

        void read() {
            int n;
            try {
                if (length == in.length) {
                    in = Arrays.copyOf(in, in.length * 2);
                }
                n = channel.read(ByteBuffer.wrap(in, length, in.length - length));
            } catch (IOException e) {
                close(true);
                return;
            }
            if (n > 0) {
                length += n;
            }
            Answer answer;
            try {
                answer = Answer.parse(in, length, n < 0);
            } catch (RuntimeException e) { // not HTTP, or a malformed length: the request failed
                close(false);
                return;
            }
            if (answer == null) {
                if (n < 0) {
                    close(true);
                }
                return;
            }
            Due due = current.getAndSet(null);
            answerKeepsIt = !answer.close() && answer.length() == length && due != null;
            length = 0;
            if (due != null) {
                due.run().answer(due, answer.status());
            }
            switch (writeState.getAndSet(ANSWERED)) {
                case WRITTEN -> keepOrClose(answerKeepsIt);
                // this thread writes the rest, so `out` is current here: an answer before the last byte is a refusal
                case REST_ON_LOOP -> keepOrClose(answerKeepsIt && out == null);
                default -> {} // the sender's write has not returned yet: it decides (send)
            }
        }

        private void keepOrClose(boolean keep) {
            if (keep) {
                reused = true;
                idle.add(this);
            } else {
                close(false);
            }
        }

        void timeOut(long now) {
            if (current.get() != null && now - sentAt > ANSWER_TIMEOUT_NANOS) {
                close(false);
            }
        }

        /**
         * Closes the connection (once) and ends the request in flight on it, if any: it fails, unless the connection
         * had carried an answer, no byte of this one came and {@code mayResend}, in which case it waits for another
         * connection, once. That is the race every keep-alive client has: the server closes a connection it deems idle
         * just as a request is written to it, and never reads that request. Latency still counts from when it was due.
         */
        void close(boolean mayResend) {
            if (!closed.getAndSet(true)) {
                try {
                    channel.close(); // also cancels its key
                } catch (IOException ignored) {
                    // already broken: nothing to release
                }
                open.decrementAndGet();
            }
            Due due = current.getAndSet(null);
            if (due != null) {
                if (mayResend && reused && length == 0 && !due.resent()) {
                    waiting.addFirst(new Due(due.index(), due.dueAt(), due.request(), due.run(), true));
                } else {
                    due.run().fail(due);
                }
            }
            selector.wakeup(); // the loop sends what waited for this connection's place
        }
    }

    /**
     * A whole answer at the start of a buffer: its status, how many bytes it took, and whether the server closes the
     * connection after it.
     */
    record Answer(int status, int length, boolean close) {

        private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};
        private static final byte[] CRLF = {'\r', '\n'};

        /** The answer in {@code bytes[0, length)}, or null while it is incomplete. */
        static Answer parse(byte[] bytes, int length, boolean endOfStream) {
            int head = indexOf(bytes, length, END_OF_HEAD, 0);
            if (head < 0) {
                return null;
            }
            String[] lines = new String(bytes, 0, head, StandardCharsets.ISO_8859_1).split("\r\n");
            if (!lines[0].startsWith("HTTP/1.") || lines[0].length() < 12) {
                throw new IllegalStateException("not an HTTP answer: " + lines[0]);
            }
            int status = Integer.parseInt(lines[0].substring(9, 12));
            long contentLength = -1;
            boolean chunked = false;
            boolean close = false;
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                String name = lines[i].substring(0, Math.max(colon, 0)).trim();
                String value = lines[i].substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    contentLength = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("transfer-encoding")) {
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                } else if (name.equalsIgnoreCase("connection")) {
                    close |= value.equalsIgnoreCase("close");
                }
            }
            int body = head + END_OF_HEAD.length;
            if (status / 100 == 1 || status == 204 || status == 304) {
                return new Answer(status, body, close);
            }
            if (chunked) {
                int end = chunkedEnd(bytes, length, body);
                return end < 0 ? null : new Answer(status, end, close);
            }
            if (contentLength >= 0) {
                return length < body + contentLength ? null : new Answer(status, (int) (body + contentLength), close);
            }
            return endOfStream ? new Answer(status, length, true) : null; // delimited by the end of the connection
        }

        /** Where a chunked body starting at {@code from} ends (after its trailers), or -1 while it is incomplete. */
        private static int chunkedEnd(byte[] bytes, int length, int from) {
            int at = from;
            while (true) {
                int lineEnd = indexOf(bytes, length, CRLF, at);
                if (lineEnd < 0) {
                    return -1;
                }
                String line = new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1);
                int extension = line.indexOf(';');
                long size = Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
                at = lineEnd + 2;
                if (size == 0) {
                    while (true) { // trailers, up to an empty line
                        int trailerEnd = indexOf(bytes, length, CRLF, at);
                        if (trailerEnd < 0) {
                            return -1;
                        }
                        boolean empty = trailerEnd == at;
                        at = trailerEnd + 2;
                        if (empty) {
                            return at;
                        }
                    }
                }
                if (length < at + size + 2) {
                    return -1;
                }
                at += (int) size + 2;
            }
        }

        private static int indexOf(byte[] bytes, int length, byte[] pattern, int from) {
            outer:
            for (int i = from; i <= length - pattern.length; i++) {
                for (int j = 0; j < pattern.length; j++) {
                    if (bytes[i + j] != pattern[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
