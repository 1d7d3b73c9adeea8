package org.interlink.notices.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/NOTICES.md lists every rule the gate implements, with its severity: the closing note cannot drift. */
class NoticesDocumentationTest {

    @Test
    void everyRuleIsDocumentedWithItsSeverity() throws IOException {
        Path doc = Path.of("..", "docs", "NOTICES.md");
        String text = Files.readString(doc);
        assertThat(ComplianceGate.allRules())
                .allSatisfy(rule -> assertThat(text)
                        .as(rule.id())
                        .contains("| `" + rule.id() + "` | " + rule.severity() + " | " + rule.stage()));
    }
}
