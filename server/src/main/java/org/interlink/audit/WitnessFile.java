package org.interlink.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local witness: an append-only file of checkpoints, one JSON object a line ({@code interlink.audit.witness-file},
 * default {@code ~/.interlink/audit-checkpoints.jsonl}), outside the data directory. It holds the checkpoints of every
 * log it was given, told apart by their {@code log} identity. The verifier compares the database with the newest
 * checkpoint of its log here.
 */
@Component
class WitnessFile implements Witness {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** Bytes read from the end of the file first: a few hundred checkpoints. */
    private static final int TAIL = 256 * 1024;

    private final Path file;

    WitnessFile(
            @Value("${interlink.audit.witness-file}") String file,
            @Value("${interlink.data-dir:./data}") String dataDir) {
        this.file = Path.of(file).toAbsolutePath().normalize();
        Outside.dataDirectory(this.file, dataDir, "interlink.audit.witness-file");
    }

    Path file() {
        return file;
    }

    @Override
    public void witness(Checkpoint checkpoint) {
        byte[] line = (JSON.writeValueAsString(checkpoint) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            Files.createDirectories(file.getParent());
            // Each line is written whole at the end: the file lock excludes other processes, the class lock other
            // application contexts in this one (a JVM may not hold two locks on one file).
            synchronized (WitnessFile.class) {
                append(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the witness file " + file, e);
        }
    }

    private void append(byte[] line) throws IOException {
        try (FileChannel channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
                var lock = channel.lock()) {
            channel.position(channel.size());
            if (endsCut(channel)) {
                channel.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'})); // a crash cut the last line
            }
            channel.write(java.nio.ByteBuffer.wrap(line));
            channel.force(false);
        }
    }

    private static boolean endsCut(FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return false;
        }
        java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) != '\n';
    }

    /** The newest (largest) checkpoint of this log in the file, whether or not its signature is good. */
    Optional<Checkpoint> latest(String log) {
        return latest(file, log);
    }

    /**
     * The file grows by a line every few seconds for years, so its end is read first: the newest checkpoint of a log
     * that is still signing is among the last lines. Only a log absent from them is looked for in the whole file.
     */
    static Optional<Checkpoint> latest(Path file, String log) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long from = Math.max(0, size - TAIL);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate((int) (size - from));
            while (tail.hasRemaining() && channel.read(tail, from + tail.position()) >= 0) {
                // read until the buffer is full
            }
            String text = new String(tail.array(), 0, tail.position(), StandardCharsets.UTF_8);
            // the first line of the tail may be cut: it is skipped unless the tail is the whole file
            Optional<Checkpoint> latest =
                    newest((from == 0 ? text : text.substring(text.indexOf('\n') + 1)).lines(), log);
            if (latest.isPresent() || from == 0) {
                return latest;
            }
            try (java.util.stream.Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                return newest(lines, log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the witness file " + file, e);
        }
    }

    private static Optional<Checkpoint> newest(java.util.stream.Stream<String> lines, String log) {
        return lines.map(WitnessFile::parse)
                .filter(checkpoint -> checkpoint != null && checkpoint.log().equals(log))
                .max(java.util.Comparator.comparingLong(Checkpoint::size));
    }

    /** A line that is not a checkpoint (e.g. cut short by a crash) is skipped. */
    private static @Nullable Checkpoint parse(String line) {
        try {
            Checkpoint checkpoint = JSON.readValue(line, Checkpoint.class);
            return checkpoint.log() == null || checkpoint.root() == null ? null : checkpoint;
        } catch (JacksonException e) {
            return null;
        }
    }
}
