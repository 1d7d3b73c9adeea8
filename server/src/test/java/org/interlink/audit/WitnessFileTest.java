package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitnessFileTest {

    @TempDir
    Path dir;

    private static Checkpoint checkpoint(String log, long size) {
        return new Checkpoint(log, size, "ab".repeat(32), "2026-12-07T14:00:00Z", "1c2d3e4f5a6b7c8d", "c2lnbmF0dXJl");
    }

    @Test
    void newestCheckpointOfEachLogIsFoundWhereverItIsInTheFile() throws Exception {
        WitnessFile witness = new WitnessFile(
                dir.resolve("anchors/checkpoints.jsonl").toString(),
                dir.resolve("data").toString());
        assertThat(witness.latest("old-log")).isEmpty();
        witness.witness(checkpoint("old-log", 7));
        witness.witness(checkpoint("old-log", 9));
        for (long size = 1; size <= 3_000; size++) { // far more than the tail read first
            witness.witness(checkpoint("busy-log", size));
        }
        Files.writeString(witness.file(), "{\"log\": \"busy-log\", \"size\": 99999, \"ro", StandardOpenOption.APPEND);

        assertThat(Files.size(witness.file())).isGreaterThan(512 * 1024);
        assertThat(witness.latest("busy-log")).contains(checkpoint("busy-log", 3_000));
        assertThat(witness.latest("old-log")).contains(checkpoint("old-log", 9));
        assertThat(witness.latest("no-such-log")).isEmpty();

        witness.witness(checkpoint("busy-log", 3_001)); // after the cut line, on a line of its own
        assertThat(witness.latest("busy-log")).contains(checkpoint("busy-log", 3_001));
    }

    @Test
    void fileInsideTheDataDirectoryIsRefused() {
        assertThatThrownBy(() -> new WitnessFile(
                        dir.resolve("data/checkpoints.jsonl").toString(),
                        dir.resolve("data").toString()))
                .hasMessageContaining("outside the data directory");
    }
}
