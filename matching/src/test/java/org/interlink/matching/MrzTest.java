package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vectors built here: the ICAO 9303 specimens, whose check digits this class recomputes with its own 7-3-1 code
 * ({@link #cd}), and corruptions of them, one field at a time.
 */
class MrzTest {

    static final String TD3_L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_L2 = "L898902C3" + cd("L898902C3") + "UTO" + "740812" + cd("740812") + "F" + "120415"
            + cd("120415") + "ZE184226B<<<<<" + cd("ZE184226B<<<<<");
    static final String TD3 =
            TD3_L1 + "\n" + TD3_L2 + cd(TD3_L2.substring(0, 10) + TD3_L2.substring(13, 20) + TD3_L2.substring(21, 43));

    static final String TD1_L1 = "I<UTO" + "D23145890" + cd("D23145890") + "<<<<<<<<<<<<<<<";
    static final String TD1_L2 = "740812" + cd("740812") + "F" + "120415" + cd("120415") + "UTO" + "<<<<<<<<<<<";
    static final String TD1 = TD1_L1 + "\n" + TD1_L2
            + cd(TD1_L1.substring(5, 30) + TD1_L2.substring(0, 7) + TD1_L2.substring(8, 15) + TD1_L2.substring(18, 29))
            + "\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    static final String TD2_L2 =
            "D23145890" + cd("D23145890") + "UTO" + "740812" + cd("740812") + "F" + "120415" + cd("120415") + "<<<<<<<";
    static final String TD2 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + TD2_L2
            + cd(TD2_L2.substring(0, 10) + TD2_L2.substring(13, 20) + TD2_L2.substring(21, 35));

    static final String MRV_A = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + "L8988901C" + cd("L8988901C") + "XXX"
            + "400907" + cd("400907") + "F" + "961210" + cd("961210") + "<<<<<<<<<<<<<<<<";
    static final String MRV_B = "V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<\n" + "L8988901C" + cd("L8988901C") + "XXX"
            + "400907" + cd("400907") + "F" + "961210" + cd("961210") + "<<<<<<<<";

    @Test
    void computesTheIcaoSpecimenCheckDigits() {
        assertThat(TD3).endsWith("L898902C36UTO7408122F1204159ZE184226B<<<<<10");
        assertThat(CheckDigits.compute("L898902C3")).isEqualTo('6');
    }

    @Test
    void readsEveryFieldOfATd3Passport() throws MrzException {
        Mrz mrz = Mrz.parse(TD3);

        assertThat(mrz.format()).isEqualTo(MrzFormat.TD3);
        assertThat(mrz.documentCode()).isEqualTo("P");
        assertThat(mrz.issuingState()).isEqualTo("UTO");
        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.documentNumber()).isEqualTo("L898902C3");
        assertThat(mrz.nationality()).isEqualTo("UTO");
        assertThat(mrz.dateOfBirth()).isEqualTo(PartialDate.of(1974, 8, 12));
        assertThat(mrz.sex()).isEqualTo(Sex.FEMALE);
        assertThat(mrz.dateOfExpiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(mrz.optionalData1()).isEqualTo("ZE184226B");
        assertThat(mrz.checks())
                .extracting(MrzCheck::field)
                .containsExactly("documentNumber", "dateOfBirth", "dateOfExpiry", "optionalData", "composite");
        assertThat(mrz.valid()).isTrue();
        assertThat(mrz.corrections()).isEmpty();
    }

    @Test
    void readsTd1Td2AndVisas() throws MrzException {
        Mrz td1 = Mrz.parse(TD1);
        assertThat(td1.format()).isEqualTo(MrzFormat.TD1);
        assertThat(td1.documentNumber()).isEqualTo("D23145890");
        assertThat(td1.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(td1.checks()).hasSize(4).allMatch(MrzCheck::valid);

        Mrz td2 = Mrz.parse(TD2);
        assertThat(td2.format()).isEqualTo(MrzFormat.TD2);
        assertThat(td2.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(td2.checks()).hasSize(4);

        Mrz mrvA = Mrz.parse(MRV_A);
        assertThat(mrvA.format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(mrvA.nationality()).isEqualTo("XXX");
        assertThat(mrvA.dateOfBirth()).isEqualTo(PartialDate.of(1940, 9, 7));
        assertThat(mrvA.checks())
                .extracting(MrzCheck::field)
                .containsExactly("documentNumber", "dateOfBirth", "dateOfExpiry");

        Mrz mrvB = Mrz.parse(MRV_B);
        assertThat(mrvB.format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(mrvB.documentNumber()).isEqualTo("L8988901C");
    }

    @Test
    void readsALongTd1DocumentNumberFromTheOptionalData() throws MrzException {
        String l1 = "I<UTOD23145890<" + "734" + cd("D23145890<734") + "<<<<<<<<<<<";
        String l2 = "740812" + cd("740812") + "F" + "120415" + cd("120415") + "UTO" + "<<<<<<<<<<<";
        String mrz = l1 + "\n" + l2
                + cd(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29))
                + "\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";

        Mrz parsed = Mrz.parse(mrz);

        assertThat(parsed.documentNumber()).isEqualTo("D23145890734");
        assertThat(parsed.optionalData1()).isEmpty();
    }

    @Test
    void acceptsTheBelgianLongNumberCheckDigitThatCoversTheFiller() throws MrzException {
        // Belgian ID cards compute the long number's check digit over "first nine<overflow", filler included.
        String l1 = "IDBEL000590240<" + "601" + cd("000590240<601") + "<<<<<<<<<<<";
        String l2 = "851201" + cd("851201") + "F" + "131104" + cd("131104") + "BEL" + "85120100200";
        String mrz = l1 + "\n" + l2
                + cd(l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29))
                + "\nREINARTZ<<ULRIKE<KATIA<E<<<<<<";

        Mrz parsed = Mrz.parse(mrz);

        assertThat(cd("000590240<601")).isNotEqualTo(cd("000590240601"));
        assertThat(parsed.documentNumber()).isEqualTo("000590240601");
        assertThat(parsed.optionalData2()).isEqualTo("85120100200");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "9, documentNumber check digit",
        "19, dateOfBirth check digit",
        "27, dateOfExpiry check digit",
        "42, optionalData check digit",
        "43, composite check digit"
    })
    void namesTheFailedCheckDigit(int column, String field) {
        char[] line = TD3_L2.concat(TD3.substring(TD3.length() - 1)).toCharArray();
        line[column] = line[column] == '0' ? '1' : '0';
        String corrupted = TD3_L1 + "\n" + new String(line);

        assertThatThrownBy(() -> Mrz.parse(corrupted))
                .isInstanceOf(MrzException.class)
                .extracting(e -> ((MrzException) e).field())
                .isEqualTo(field);
    }

    @Test
    void readLenientlyReportsEachVerdict() throws MrzException {
        String corrupted = TD3.replace("L898902C36", "L898902C37");
        Mrz mrz = Mrz.read(corrupted);
        assertThat(mrz.valid()).isFalse();
        assertThat(mrz.checks())
                .filteredOn(c -> !c.valid())
                .extracting(MrzCheck::field)
                .containsExactly("documentNumber", "composite");
    }

    @Test
    void correctsOcrConfusionsOnlyWhereTheFieldTypeAllows() throws MrzException {
        // Dates read with S for 5, O for 0, I for 1, B for 8; the name with 5 for S and 0 for O.
        String l2 = TD3_L2.replace("7408122F1204159", "74O8I2ZF12O4IS9");
        String ocr = "P<UTOERIK55ON<<ANNA<MAR1A<<<<<<<<<<<<<<<<<<<\n" + l2 + TD3.substring(TD3.length() - 1);

        Mrz mrz = Mrz.parse(ocr);

        assertThat(mrz.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(mrz.secondaryIdentifier()).isEqualTo("ANNA MARIA");
        assertThat(mrz.dateOfBirth()).isEqualTo(PartialDate.of(1974, 8, 12));
        assertThat(mrz.corrections())
                .extracting(OcrCorrection::field)
                .contains("names", "dateOfBirth", "dateOfBirth check digit", "dateOfExpiry");
        assertThat(mrz.corrections()).contains(new OcrCorrection("dateOfBirth", 2, 16, 'O', '0'));
    }

    @Test
    void neverCorrectsTheAlphanumericDocumentNumber() {
        String ocr = TD3.replace("L898902C36", "L898902CS6");
        assertThatThrownBy(() -> Mrz.parse(ocr))
                .isInstanceOf(MrzException.class)
                .hasMessageStartingWith("documentNumber check digit");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            P<UTOERIKSSON<<ANNA                                                               | line count
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<1 | line 2 length
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7413122F1204159ZE184226B<<<<<10 | dateOfBirth
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122K1204159ZE184226B<<<<<10 | sex
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ze184226B<<<<<10 | line 2 character 29
            <<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10 | documentCode
            """)
    void namesTheFailingStructure(String raw, String field) {
        assertThatThrownBy(() -> Mrz.read(raw.replace("\\n", "\n")))
                .isInstanceOf(MrzException.class)
                .extracting(e -> ((MrzException) e).field())
                .isEqualTo(field);
    }

    /** This test's own ICAO 9303 check digit, independent of the library's. */
    static char cd(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += v * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }
}
