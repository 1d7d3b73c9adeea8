package org.interlink.screening.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.interlink.common.FieldError;
import org.junit.jupiter.api.Test;

class BorderConsoleTest {

    @Test
    void tellsTheOfficerWhatToDoWithAScanThatCannotBeRead() {
        assertThat(BorderConsole.officerWords(new FieldError("mrz.line 2 length", "expected 44, found 43")))
                .isEqualTo(new FieldError(
                        "Scan",
                        "is incomplete: line 2 has the wrong length (expected 44, found 43). Scan the document again,"
                                + " or type its number and country."));
        assertThat(BorderConsole.officerWords(new FieldError("mrz.line count", "expected 2 or 3 lines, found 1"))
                        .message())
                .startsWith("has the wrong number of lines");
        assertThat(BorderConsole.officerWords(new FieldError("mrz.line 1 character 7", "'#' is not A-Z, 0-9 or <"))
                        .message())
                .startsWith("has an unreadable character on line 1, position 7");
        FieldError name = new FieldError("name", "is required");
        assertThat(BorderConsole.officerWords(name)).isSameAs(name);
    }
}
