package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpoolTest {

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void keepsASmallAttachmentInMemoryAndALargeOneInAnEncryptedFile() throws IOException {
        byte[] small = random(Spool.MEMORY, 1);
        byte[] large = random(Spool.MEMORY + 1, 2);
        try (Spool inMemory = new Spool(Long.MAX_VALUE);
                Spool onDisk = new Spool(Long.MAX_VALUE)) {
            inMemory.write(small);
            inMemory.finish();
            onDisk.write(large);
            onDisk.finish();
            assertThat(inMemory.onDisk()).isFalse();
            assertThat(onDisk.onDisk()).isTrue();
            assertThat(inMemory.open().readAllBytes()).isEqualTo(small);
            assertThat(onDisk.open().readAllBytes()).isEqualTo(large);
        }
    }

    @Test
    void allSpoolsTogetherHoldAtMostTheBudgetInMemoryAndTheRestGoesToFiles() throws IOException {
        long before = Spool.inMemory();
        List<Spool> spools = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try {
            // Twice as many 1 MiB attachments as the budget holds, all waiting at once.
            for (int i = 0; i < 2 * Spool.BUDGET / Spool.MEMORY; i++) {
                Spool spool = new Spool(Long.MAX_VALUE);
                spools.add(spool);
                byte[] content = random(Spool.MEMORY, i);
                contents.add(content);
                for (int at = 0; at < content.length; at += 8192) {
                    spool.write(content, at, 8192); // as the multipart parser writes
                }
                spool.finish();
                assertThat(Spool.inMemory()).isLessThanOrEqualTo(Spool.BUDGET);
            }
            assertThat(spools.stream().filter(spool -> !spool.onDisk()).count())
                    .as("the attachments beyond the budget wait in files")
                    .isLessThanOrEqualTo(Spool.BUDGET / Spool.MEMORY)
                    .isLessThan(spools.size());
            for (int i = 0; i < spools.size(); i++) {
                assertThat(spools.get(i).open().readAllBytes()).isEqualTo(contents.get(i));
            }
        } finally {
            for (Spool spool : spools) {
                spool.close();
            }
        }
        assertThat(Spool.inMemory()).as("closing gives the memory back").isEqualTo(before);
        try (Spool after = new Spool(Long.MAX_VALUE)) {
            after.write(random(1000, 9));
            assertThat(after.onDisk()).isFalse();
        }
    }
}
