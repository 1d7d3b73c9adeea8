package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VehiclesTest {

    @Test
    void validatesANorthAmericanVinAndDecodesItsWmi() {
        // 49 CFR 565 example VIN: check digit X at position 9.
        Vin vin = Vin.validate("1M8GDM9AXKP042788");
        assertThat(vin.valid()).isTrue();
        assertThat(vin.checkDigitRequired()).isTrue();
        assertThat(vin.region()).isEqualTo("North America");
        assertThat(vin.country()).isEqualTo("United States");
        assertThat(vin.manufacturer()).isEqualTo("Motor Coach Industries");
        assertThat(vin.modelYear()).isEqualTo('K');
    }

    @Test
    void reportsAWrongNorthAmericanCheckDigit() {
        Vin vin = Vin.validate("1M8GDM9A1KP042788");
        assertThat(vin.structureValid()).isTrue();
        assertThat(vin.checkDigitValid()).isFalse();
        assertThat(vin.valid()).isFalse();
    }

    @Test
    void acceptsAEuropeanVinWhoseCheckDigitIsOptional() {
        Vin vin = Vin.validate("WVW ZZZ1JZ-XW000001");
        assertThat(vin.value()).isEqualTo("WVWZZZ1JZXW000001");
        assertThat(vin.checkDigitRequired()).isFalse();
        assertThat(vin.valid()).isTrue();
        assertThat(vin.country()).isEqualTo("Germany");
        assertThat(vin.manufacturer()).isEqualTo("Volkswagen");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1M8GDM9AXKP04278   | length 16, expected 17
            1M8GDM9AXKP04278O  | position 17: O is not allowed (ISO 3779)
            1M8GDM9AXKP0427_8  | position 16: '_' is not A-Z or 0-9
            """)
    void explainsMalformedVins(String raw, String problem) {
        Vin vin = Vin.validate(raw);
        assertThat(vin.structureValid()).isFalse();
        assertThat(vin.problem()).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ab-123 cd     | AB123CD
            А123ВС 77     | A123BC77
            ΙΚΑ·1234      | IKA1234
            m·ü 4711      | MU4711
            """)
    void normalisesPlates(String raw, String plate) {
        assertThat(Plates.normalise(raw)).isEqualTo(plate);
    }

    @Test
    void confusableKeyMergesWhatCamerasConfuse() {
        assertThat(Plates.confusableKey("B0 5IL")).isEqualTo(Plates.confusableKey("80S1L"));
        assertThat(Plates.confusableKey("AB123")).isNotEqualTo(Plates.confusableKey("AB124"));
    }
}
