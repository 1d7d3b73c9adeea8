package org.interlink.matching.pdq;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The PDQ fixtures in ../shared/fixtures/pdq (system property {@code interlink.fixtures}); tests skip when absent. */
final class PdqFixtures {

    private PdqFixtures() {}

    static Path root() {
        String base = System.getProperty("interlink.fixtures", "../shared/fixtures");
        Path p = Path.of(base).resolve("pdq");
        assumeTrue(
                Files.isDirectory(p.resolve("images")),
                "PDQ fixtures " + p + " absent (see ../shared/fixtures/README.md): skipped");
        return p;
    }

    static Path image(String relative) {
        return root().resolve("images").resolve(relative);
    }

    static BufferedImage read(String relative) {
        try {
            return PdqHasher.decode(Files.readAllBytes(image(relative)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UndecodableImageException e) {
            throw new AssertionError(relative + " does not decode", e);
        }
    }

    /** expected-hashes.tsv: image path (under images/) to the hash the reference implementation published. */
    static Map<String, PdqHash> expected() {
        Map<String, PdqHash> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(root().resolve("expected-hashes.tsv"))) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split("\t");
                out.put(cols[0], PdqHash.fromHex(cols[1].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
