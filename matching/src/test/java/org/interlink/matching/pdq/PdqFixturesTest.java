package org.interlink.matching.pdq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PDQ on the reference's photos: edits stay within the matching radius of 31, unrelated photos stay outside it, and
 * rotated or flipped copies are found by the original's dihedral hashes.
 */
class PdqFixturesTest {

    private static final int RADIUS = 31;

    @Test
    void editedBridgePhotosStayWithinTheRadius() {
        PdqHash original =
                PdqHasher.hash(PdqFixtures.read("bridge-mods/aaa-orig.jpg")).hash();
        List<String> report = new ArrayList<>();
        int worst = 0;
        for (Path p : list("bridge-mods")) {
            PdqResult r = PdqHasher.hash(PdqFixtures.read("bridge-mods/" + p.getFileName()));
            int d = r.hash().distance(original);
            report.add(p.getFileName() + " d=" + d + " q=" + r.quality());
            worst = Math.max(worst, d);
        }
        System.out.println("bridge-mods against aaa-orig.jpg: worst " + worst + "\n  " + String.join("\n  ", report));
        assertThat(report).hasSize(12);
        assertThat(worst).as(String.join("; ", report)).isLessThanOrEqualTo(RADIUS);
    }

    @Test
    void unrelatedPhotosStayOutsideTheRadius() {
        List<Path> photos = list("reg-test-input/labelme-subset");
        List<String> names = new ArrayList<>();
        List<PdqResult> hashes = new ArrayList<>();
        for (Path p : photos) {
            names.add(p.getFileName().toString());
            hashes.add(PdqHasher.hash(PdqFixtures.read("reg-test-input/labelme-subset/" + p.getFileName())));
        }
        names.add("bridge");
        hashes.add(PdqHasher.hash(PdqFixtures.read("bridge-mods/aaa-orig.jpg")));
        int min = 256;
        String closest = "";
        int pairs = 0;
        for (int i = 0; i < hashes.size(); i++) {
            for (int j = i + 1; j < hashes.size(); j++) {
                // Featureless images (quality < 50) are not matched at all, so their distances do not count.
                if (!hashes.get(i).usable() || !hashes.get(j).usable()) {
                    continue;
                }
                pairs++;
                int d = hashes.get(i).hash().distance(hashes.get(j).hash());
                if (d < min) {
                    min = d;
                    closest = names.get(i) + " / " + names.get(j);
                }
            }
        }
        System.out.println("unrelated photos: minimum distance " + min + " (" + closest + ") over " + pairs + " pairs");
        assertThat(pairs).isGreaterThanOrEqualTo(15);
        assertThat(min).as(closest).isGreaterThan(RADIUS);
    }

    @Test
    void rotationsAndFlipsAreFoundByTheOriginalsDihedralHashes() {
        String[] files = {
            "bridge-1-original.jpg", "bridge-2-rotate-90.jpg", "bridge-3-rotate-180.jpg", "bridge-4-rotate-270.jpg",
            "bridge-5-flipx.jpg", "bridge-6-flipy.jpg", "bridge-7-flip-plus-1.jpg", "bridge-8-flip-minus-1.jpg"
        };
        List<PdqResult> dihedral = PdqHasher.dihedral(PdqFixtures.read("reg-test-input/dih/" + files[0]));
        PdqIndex index = new PdqIndex();
        for (int t = 0; t < 8; t++) {
            index.put(t, dihedral.get(t).hash());
        }
        List<String> report = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            PdqHash copy = PdqHasher.hash(PdqFixtures.read("reg-test-input/dih/" + files[t]))
                    .hash();
            List<Long> found = new ArrayList<>();
            index.search(copy, RADIUS, (id, d) -> found.add(id));
            int d = copy.distance(dihedral.get(t).hash());
            report.add(files[t] + " d=" + d + " found " + found);
            assertThat(found).as(files[t]).containsExactly((long) t);
            if (t > 0) {
                assertThat(copy.distance(dihedral.getFirst().hash()))
                        .as(files[t])
                        .isGreaterThan(RADIUS);
            }
        }
        System.out.println("dih/ against the original's dihedral hashes:\n  " + String.join("\n  ", report));
    }

    @Test
    void dihedralHashesAgreeWithThePublishedHashesOfTheTransformedFiles() {
        var expected = PdqFixtures.expected();
        List<PdqResult> dihedral = PdqHasher.dihedral(PdqFixtures.read("reg-test-input/dih/bridge-1-original.jpg"));
        List<String> keys = expected.keySet().stream()
                .filter(k -> k.contains("/dih/"))
                .sorted()
                .toList();
        assertThat(keys).hasSize(8);
        for (int t = 0; t < 8; t++) {
            assertThat(dihedral.get(t).hash().distance(expected.get(keys.get(t))))
                    .as(keys.get(t))
                    .isLessThanOrEqualTo(RADIUS);
        }
    }

    private static List<Path> list(String dir) {
        try (Stream<Path> s = Files.list(PdqFixtures.image(dir))) {
            return s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
