package org.interlink.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * The load generators' HTTP/1.1 client: persistent connections over blocking sockets, used from one virtual thread per
 * request, at most {@code maxConnections} open at once (a request that finds none free waits, and its wait counts in
 * its latency).
 *
 * <p>Why not {@code java.net.http.HttpClient}: on this 2-core VM it took a whole core to send 2,000 requests a second
 * (its selector thread and completion stages), fell behind, opened a connection for every late request and became the
 * bottleneck it was meant to measure (2026-11-30: the server idled at a third of its core while the client timed out).
 * This client does one write and a few reads per request and discards the answer as it parses it.
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
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final InetSocketAddress address;
    private final String host;
    private final Semaphore permits;
    private final ConcurrentLinkedQueue<Connection> idle = new ConcurrentLinkedQueue<>();

    HttpConnections(URI base, int maxConnections) {
        int port = base.getPort() < 0 ? 80 : base.getPort();
        this.address = new InetSocketAddress(base.getHost(), port);
        this.host = base.getHost() + ":" + port;
        this.permits = new Semaphore(maxConnections);
    }

    /** Sends the request, reads the whole answer and returns its status code. */
    int send(Request request) throws IOException, InterruptedException {
        permits.acquire();
        Connection connection = idle.poll();
        try {
            if (connection == null) {
                connection = new Connection(address);
            }
            int status = connection.exchange(head(request), request.body());
            if (connection.open) {
                idle.offer(connection);
            }
            return status;
        } catch (IOException e) {
            if (connection != null) {
                connection.close();
            }
            throw e;
        } finally {
            permits.release();
        }
    }

    private byte[] head(Request request) {
        return (request.method() + " " + request.target() + " HTTP/1.1\r\nHost: " + host + "\r\n" + request.headers()
                        + "Content-Length: " + request.body().length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One keep-alive connection; used by one request at a time. */
    private static final class Connection {

        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;
        private boolean open = true;

        Connection(InetSocketAddress address) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
        }

        int exchange(byte[] head, byte[] body) throws IOException {
            out.write(head);
            out.write(body);
            out.flush();
            String statusLine = line();
            if (!statusLine.startsWith("HTTP/1.")) {
                throw new IOException("not an HTTP answer: " + statusLine);
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" ->
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> open &= !value.equalsIgnoreCase("close");
                    default -> {}
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    in.skipNBytes(size);
                    line();
                }
                while (!line().isEmpty()) {} // trailers
            } else if (length >= 0) {
                in.skipNBytes(length);
            } else if (status >= 200 && status != 204 && status != 304) {
                in.transferTo(OutputStream.nullOutputStream()); // delimited by the end of the connection
                open = false;
            }
            if (!open) {
                close();
            }
            return status;
        }

        private long chunkSize() throws IOException {
            String line = line();
            int extension = line.indexOf(';');
            return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
        }

        /** A line without its CRLF; the answer's head is ASCII. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("connection closed by the server");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }

        void close() {
            open = false;
            try {
                socket.close();
            } catch (IOException ignored) {
                // already broken: nothing to release
            }
        }
    }
}
