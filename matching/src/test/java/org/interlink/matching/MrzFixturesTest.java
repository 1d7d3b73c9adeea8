package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks the reader against the cheminfo/mrz vectors in ../shared/fixtures/mrz; skipped without the fixtures. */
class MrzFixturesTest {

    @Test
    void agreesWithTheRecomputedVerdictsOfThePublicVectors() throws IOException {
        Path vectors = Fixtures.path("mrz/vectors.tsv");
        List<String> rows = Files.readAllLines(vectors);
        int checked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] cols = row.split("\t");
            String format = cols[1];
            String lines = cols[3].replace('|', '\n');
            if (!format.startsWith("TD")) {
                // National formats (French ID cards): not ICAO; the reader must only fail in its declared way.
                try {
                    Mrz.read(lines);
                } catch (MrzException expected) {
                    // fine
                }
                continue;
            }
            boolean expectedValid = cols[2].equals("True");
            try {
                Mrz mrz = Mrz.read(lines);
                if (mrz.corrections().isEmpty()) {
                    assertThat(mrz.valid()).as(row).isEqualTo(expectedValid);
                } else {
                    // The fixture recomputed digits on the raw OCR text; corrections are what makes them hold here.
                    assertThat(expectedValid).as(row).isFalse();
                }
            } catch (MrzException e) {
                assertThat(expectedValid).as(row + " -> " + e.getMessage()).isFalse();
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(15);
    }
}
