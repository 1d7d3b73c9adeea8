package org.interlink.matching;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/fixtures (system property {@code interlink.fixtures}); tests skip when it is absent. */
final class Fixtures {

    private Fixtures() {}

    static Path path(String relative) {
        String root = System.getProperty("interlink.fixtures", "../shared/fixtures");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), "fixture " + p + " absent (see ../shared/fixtures/README.md): skipped");
        return p;
    }
}
