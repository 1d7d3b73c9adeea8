package org.interlink.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
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
            // Append mode writes each line at the end whoever else appends; the lock keeps lines whole across
            // processes sharing the file.
            try (FileChannel channel = FileChannel.open(
                            file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
                    var lock = channel.lock()) {
                channel.write(java.nio.ByteBuffer.wrap(line));
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the witness file " + file, e);
        }
    }

    /** The newest (largest) checkpoint of this log in the file, whether or not its signature is good. */
    Optional<Checkpoint> latest(String log) {
        return latest(file, log);
    }

    static Optional<Checkpoint> latest(Path file, String log) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Checkpoint latest = null;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                Checkpoint checkpoint = parse(line);
                if (checkpoint != null
                        && checkpoint.log().equals(log)
                        && (latest == null || checkpoint.size() >= latest.size())) {
                    latest = checkpoint;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the witness file " + file, e);
        }
        return Optional.ofNullable(latest);
    }

    /** A line that is not a checkpoint (e.g. cut short by a crash) is skipped. */
    private static Checkpoint parse(String line) {
        try {
            Checkpoint checkpoint = JSON.readValue(line, Checkpoint.class);
            return checkpoint.log() == null || checkpoint.root() == null ? null : checkpoint;
        } catch (JacksonException e) {
            return null;
        }
    }
}
