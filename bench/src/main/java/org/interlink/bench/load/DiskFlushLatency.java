package org.interlink.bench.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The durability floor: how long the disk takes to make 8 KiB durable, as PostgreSQL does at each commit (a WAL page
 * written, then {@code fdatasync}, its default {@code wal_sync_method} on Linux). Every read of a record waits for its
 * audit row's commit, so no read's latency can be below this one's, and a read that arrives while a commit is being
 * flushed waits for that flush and then its own.
 *
 * <p>Like PostgreSQL with its WAL segments, it first fills a 16 MiB file, then writes one 8 KiB block after the other
 * over it (wrapping round) and flushes each ({@link FileChannel#force(boolean) force(false)}: the file's size does not
 * change), back to back for the given seconds, in the given directory (put it on the database's disk), and prints the
 * percentiles.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.interlink.bench.load.DiskFlushLatency ./data 20
 * </pre>
 */
public final class DiskFlushLatency {

    private static final long SEGMENT = 16L << 20;

    private DiskFlushLatency() {}

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : ".");
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path file = Files.createTempFile(directory, "flush-latency", ".bin");
        long[] latencies = new long[1 << 20];
        int n = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer page = ByteBuffer.allocateDirect(8192);
            for (long position = 0; position < SEGMENT; position += page.capacity()) {
                page.clear();
                channel.write(page, position);
            }
            channel.force(true);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end && n < latencies.length) {
                page.clear();
                page.putLong(0, n);
                long position = (long) n * page.capacity() % SEGMENT;
                long start = System.nanoTime();
                while (page.hasRemaining()) {
                    channel.write(page, position + page.position());
                }
                channel.force(false);
                latencies[n++] = System.nanoTime() - start;
            }
        } finally {
            Files.deleteIfExists(file);
        }
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf(
                "%d flushes of 8 KiB in %d s in %s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n",
                n,
                seconds,
                directory.toAbsolutePath(),
                LoadGenerator.percentileMillis(sorted, 0.50),
                LoadGenerator.percentileMillis(sorted, 0.90),
                LoadGenerator.percentileMillis(sorted, 0.99),
                LoadGenerator.percentileMillis(sorted, 0.999),
                sorted[n - 1] / 1e6);
    }
}
