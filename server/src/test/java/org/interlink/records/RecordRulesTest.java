package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The pure parts of the module: partial dates, ids, cursors, photos by content, NDJSON lines, COPY escaping. */
class RecordRulesTest {

    static final Viewer FR = new Viewer("ncb-fr", "FR", Set.of("EDITOR"), Classification.RESTRICTED);

    private static List<FieldError> partialDate(String value) {
        Validation v = new Validation(null, LocalDate.of(2026, 11, 27));
        v.partialDate("dateOfBirth", value);
        return v.errors();
    }

    @Test
    void acceptsFullAndPartialDatesOfBirthThatExist() {
        assertThat(partialDate("1952")).isEmpty();
        assertThat(partialDate("1952-10")).isEmpty();
        assertThat(partialDate("1952-10-07")).isEmpty();
        assertThat(partialDate("2024-02-29")).isEmpty();
    }

    @Test
    void refusesImpossibleOrFutureDatesOfBirth() {
        assertThat(partialDate("2023-02-29")).extracting(FieldError::message).containsExactly("is not a real date");
        assertThat(partialDate("1952-13")).extracting(FieldError::message).containsExactly("is not a real date");
        assertThat(partialDate("2027")).extracting(FieldError::message).containsExactly("is in the future");
        assertThat(partialDate("10/07/1952")).hasSize(1);
        assertThat(partialDate("1700")).hasSize(1);
    }

    @Test
    void idsAreTimeOrderedAndRecognisedByKind() {
        String earlier = Ids.next("per_", 1_700_000_000_000L);
        String later = Ids.next("per_", 1_700_000_000_001L);
        assertThat(earlier).hasSize(30).isLessThan(later);
        assertThat(Ids.looksLike(RecordKind.PERSON, earlier)).isTrue();
        assertThat(Ids.looksLike(RecordKind.DOCUMENT, earlier)).isFalse();
        assertThat(Ids.looksLike(RecordKind.PERSON, "per_' OR 1=1 --")).isFalse();
        assertThat(Cursors.decode(Cursors.encode(earlier), RecordKind.PERSON)).isEqualTo(earlier);
        assertThatThrownBy(() -> Cursors.decode("bm9wZQ", RecordKind.PERSON)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void photosAreRecognisedByTheirBytesNotTheirName() {
        assertThat(Photos.contentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isEqualTo("image/jpeg");
        assertThat(Photos.contentType(RecordAccessIntegrationTest.PNG)).isEqualTo("image/png");
        assertThatThrownBy(() -> Photos.contentType("GIF89a....".getBytes())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Photos.contentType(new byte[Photos.MAX_BYTES + 1]))
                .isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void ndjsonLinesAreNumberedAndAnOverlongLineIsSkippedNotBuffered() {
        String text = "{\"a\":1}\r\n\n" + "x".repeat(100) + "\n{\"b\":\"ü\"}";
        NdjsonLines lines = new NdjsonLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), 50);
        assertThat(lines.next()).isEqualTo(new NdjsonLines.Line(1, "{\"a\":1}", null));
        NdjsonLines.Line tooLong = lines.next();
        assertThat(tooLong.number()).isEqualTo(3);
        assertThat(tooLong.problem()).contains("longer than");
        assertThat(lines.next()).isEqualTo(new NdjsonLines.Line(4, "{\"b\":\"ü\"}", null));
        assertThat(lines.next()).isNull();
        byte[] latin1 = {'{', (byte) 0xE9, '}', '\n'};
        assertThat(new NdjsonLines(new ByteArrayInputStream(latin1), 50).next().problem())
                .isEqualTo("is not UTF-8");
    }

    @Test
    void copyTextEscapesWhatWouldBreakARow() {
        assertThat(ImportWriter.field(new StringBuilder(), "a\tb\nc\\d").toString())
                .isEqualTo("a\\tb\\nc\\\\d");
        assertThat(ImportWriter.field(new StringBuilder(), null).toString()).isEqualTo("\\N");
        assertThat(ImportWriter.field(new StringBuilder("x"), "plain Ünïcode 名前")
                        .toString())
                .isEqualTo("xplain Ünïcode 名前");
        assertThat(ImportWriter.field(new StringBuilder(), "end\r").toString()).isEqualTo("end\\r");
        assertThat(ImportWriter.field(new StringBuilder(), "\\").toString()).isEqualTo("\\\\");
        assertThat(ImportWriter.field(new StringBuilder(), "").toString()).isEmpty();
        assertThat(ImportWriter.array(List.of("DE", "x\"y"))).isEqualTo("{\"DE\",\"x\\\"y\"}");
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheField() {
        assertThatThrownBy(() -> RecordJson.bind(RecordKind.VEHICLE, "{\"make\": \"Seat\", \"wheels\": 4}"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("wheels", "is not a known field")));
        assertThatThrownBy(() -> RecordJson.bind(RecordKind.VEHICLE, "{\"year\": \"recent\"}"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("year"));
        assertThatThrownBy(() -> RecordJson.bind(RecordKind.PERSON, "[1, 2]"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("body"));
    }
}
