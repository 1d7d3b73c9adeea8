package org.interlink.audit;

import java.nio.file.Path;

/** The anchors of the audit log must not travel with the database: a restored or copied data directory would carry them. */
final class Outside {

    private Outside() {}

    static void dataDirectory(Path file, String dataDir, String property) {
        Path data = Path.of(dataDir).toAbsolutePath().normalize();
        if (file.toAbsolutePath().normalize().startsWith(data)) {
            throw new IllegalStateException(property + " (" + file + ") must be outside the data directory " + data
                    + ": whoever can restore or rewrite the database must not also hold it");
        }
    }
}
