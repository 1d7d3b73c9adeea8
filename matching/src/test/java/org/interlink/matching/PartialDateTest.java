package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

    @Test
    void parsesEachPrecision() {
        assertThat(PartialDate.parse("1952")).isEqualTo(PartialDate.of(1952));
        assertThat(PartialDate.parse("1952-10")).isEqualTo(PartialDate.of(1952, 10));
        assertThat(PartialDate.parse("1952-10-07")).isEqualTo(PartialDate.of(1952, 10, 7));
        assertThat(PartialDate.parse("2000-02-29").toString()).isEqualTo("2000-02-29");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"1952-02-30", "1900-02-29", "1952-13", "1952-00", "1952-10-00", "52", "1952/10/07", "", "0000"})
    void rejectsImpossibleOrMalformedDates(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(text));
    }
}
