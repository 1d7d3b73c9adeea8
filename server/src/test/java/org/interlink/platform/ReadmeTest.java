package org.interlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a newcomer needs from the README is there, and no document sends them outside the repository for how Interlink
 * works: the API contract is {@code docs/API.md}. (The evaluations' public fixtures stay outside it, by their
 * licences, and the documents that use them say where.)
 */
class ReadmeTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void theReadmeSaysWhatAWrongJdkPrintsHowToPassSettingsAndHowToStop() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(readme)
                .contains("./mvnw -pl server -am compile spring-boot:run", "./mvnw verify")
                .contains("Unrecognized option: --sun-misc-unsafe-memory-access=allow", "JAVA_HOME")
                .contains("-Dspring-boot.run.arguments=", "SERVER_PORT=")
                .contains("Ctrl-C", "BUILD SUCCESS");
    }

    @Test
    void noDocumentPointsOutsideTheRepository() throws IOException {
        List<Path> documents;
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            documents = Stream.concat(
                            Stream.of(ROOT.resolve("README.md")),
                            docs.filter(p -> p.toString().endsWith(".md")))
                    .toList();
        }
        assertThat(documents).hasSizeGreaterThan(5);
        for (Path document : documents) {
            assertThat(Files.readString(document)).as(document.toString()).doesNotContain("../shared/design", "](../");
        }
    }
}
