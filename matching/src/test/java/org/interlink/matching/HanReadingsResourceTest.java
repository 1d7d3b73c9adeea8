package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The committed Han readings are exactly what the generator makes of Debian's Unihan file (CI installs it). */
class HanReadingsResourceTest {

    @Test
    void committedResourceIsRegeneratedFromUnihan() throws Exception {
        Path unihan = Path.of(UnihanReadingsGenerator.DEBIAN_FILE);
        assumeTrue(
                Files.exists(unihan),
                unihan + " absent (Debian package unicode-data; .ci/run installs it): regeneration not checked");
        String committed;
        try (InputStream in =
                new GZIPInputStream(HanReadingsResourceTest.class.getResourceAsStream("han-readings.tsv.gz"))) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(UnihanReadingsGenerator.generate(unihan)).isEqualTo(committed);
    }
}
