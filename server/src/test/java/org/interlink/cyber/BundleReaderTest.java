package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.interlink.access.Audience;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.junit.jupiter.api.Test;

class BundleReaderTest {

    static final String INDICATOR = "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f";
    private static final BundleReader READER = new BundleReader(new StixSchemas());

    static String bundle(String... objects) {
        return "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":["
                + String.join(",", objects) + "]}";
    }

    static String indicator(String id, String pattern, String extra) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\","
                + "\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\","
                + "\"pattern\":\"" + pattern + "\",\"pattern_type\":\"stix\",\"valid_from\":\"2026-01-01T00:00:00Z\""
                + extra + "}";
    }

    private static List<BundleReader.Incoming> read(String json) {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), "FR", marking -> false);
    }

    private static List<FieldError> errors(String json) {
        try {
            read(json);
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsAnIndicatorWithItsValuesLifecycleAndProtection() {
        BundleReader.Incoming indicator = read(bundle(indicator(
                        INDICATOR,
                        "[ipv4-addr:value = '203.0.113.7']",
                        ",\"object_marking_refs\":[\"marking-definition--f88d31f6-486f-44da-b317-01333bde0b82\"],"
                                + "\"x_interlink_access\":{\"audience\":\"ONLY\",\"countries\":[\"DE\"]}")))
                .getFirst();
        assertThat(indicator.values()).containsExactly(new StixPattern.Value("ipv4-addr", "203.0.113.7"));
        assertThat(indicator.protection().tlp()).isEqualTo(Tlp.AMBER);
        assertThat(indicator.protection().restriction().audience()).isEqualTo(Audience.ONLY);
        assertThat(indicator.validUntil()).hasToString("2026-03-02T00:00:00Z");
        assertThat(indicator.confidence()).isEqualTo(Decay.DEFAULT_CONFIDENCE);
    }

    @Test
    void severalMarkingsGiveTheNarrowest() {
        BundleReader.Incoming indicator = read(bundle(indicator(
                        INDICATOR,
                        "[ipv4-addr:value = '203.0.113.7']",
                        ",\"object_marking_refs\":[\"marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb\","
                                + "\"marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1\","
                                + "\"marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421\"]")))
                .getFirst();
        assertThat(indicator.protection().tlp()).isEqualTo(Tlp.RED);
    }

    @Test
    void namesTheObjectAndFieldOfEveryProblem() {
        List<FieldError> errors = errors(bundle(
                indicator(INDICATOR, "[ipv4-addr:value = ]", ""),
                "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"malware--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061\","
                        + "\"created\":\"2016-05-12T08:17:27.000Z\",\"modified\":\"yesterday\"}",
                indicator(
                        "indicator--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0062",
                        "[ipv4-addr:value = '1.2.3.4']",
                        ",\"object_marking_refs\":[\"marking-definition--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0063\"]")));
        assertThat(errors)
                .extracting(FieldError::field)
                .contains(
                        "objects[0].pattern",
                        "objects[1].is_family",
                        "objects[1].modified",
                        "objects[2].object_marking_refs");
        assertThat(errors.getFirst().message()).startsWith(INDICATOR + ": expected a value");
        assertThat(errors)
                .filteredOn(e -> e.field().equals("objects[2].object_marking_refs"))
                .first()
                .extracting(FieldError::message)
                .asString()
                .contains("unknown marking definition");
    }

    @Test
    void aMarkingDefinedInTheBundleOrAlreadySharedIsKnown() {
        String statement = "{\"type\":\"marking-definition\",\"spec_version\":\"2.1\","
                + "\"id\":\"marking-definition--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0063\","
                + "\"created\":\"2016-05-12T08:17:27.000Z\",\"definition_type\":\"statement\","
                + "\"definition\":{\"statement\":\"Copyright\"}}";
        String marked = indicator(
                INDICATOR,
                "[ipv4-addr:value = '1.2.3.4']",
                ",\"object_marking_refs\":[\"marking-definition--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0063\"]");
        assertThat(read(bundle(statement, marked))).hasSize(2);
        assertThat(READER.read(bundle(marked).getBytes(StandardCharsets.UTF_8), "FR", id -> true))
                .hasSize(1);
    }

    @Test
    void refusesWhatIsNotABundle() {
        assertThat(errors("[]")).extracting(FieldError::field).containsExactly("type");
        assertThat(errors("{\"type\":\"bundle\",\"id\":\"bundle--x\",\"objects\":[]}"))
                .extracting(FieldError::field)
                .containsExactly("id");
        assertThat(errors("{not json")).extracting(FieldError::field).containsExactly("body");
        assertThat(errors(bundle("42"))).extracting(FieldError::field).containsExactly("objects[0]");
    }

    @Test
    void refusesAPatternTypeOtherThanStixAndAValidUntilBeforeValidFrom() {
        assertThatThrownBy(() -> read(bundle(indicator(INDICATOR, "rule x {}", ",\"pattern_type\":\"yara\""))))
                .isInstanceOf(Exception.class);
        assertThat(errors(bundle(indicator(
                        INDICATOR, "[ipv4-addr:value = '1.2.3.4']", ",\"valid_until\":\"2025-01-01T00:00:00Z\""))))
                .extracting(FieldError::field)
                .containsExactly("objects[0].valid_until");
    }

    @Test
    void refusesABadRestriction() {
        assertThat(errors(bundle(indicator(
                        INDICATOR,
                        "[ipv4-addr:value = '1.2.3.4']",
                        ",\"x_interlink_access\":{\"audience\":\"ALL\",\"countries\":[\"DE\"]}"))))
                .extracting(FieldError::field)
                .containsExactly("objects[0].x_interlink_access");
    }

    @Test
    void aStix20ObjectWithoutSpecVersionIsKeptAsItIs() {
        String malware = "{\"type\":\"malware\",\"id\":\"malware--c0931cc6-c75e-47e5-9036-78fabc95d4ec\","
                + "\"created\":\"2017-01-27T13:49:53.997Z\",\"modified\":\"2017-01-27T13:49:53.997Z\","
                + "\"name\":\"Poison Ivy\",\"labels\":[\"remote-access-trojan\"]}";
        assertThat(read(bundle(malware))).hasSize(1);
        assertThat(errors(bundle(malware.replace(",\"modified\":\"2017-01-27T13:49:53.997Z\"", ""))))
                .isNotEmpty();
    }
}
