package org.interlink.screening.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.interlink.common.InvalidInputException;
import org.interlink.screening.Screening;
import org.junit.jupiter.api.Test;

class PassengerListCsvTest {

    private static List<PassengerListCsv.Row> read(String csv) throws IOException {
        return PassengerListCsv.read(new StringReader(csv));
    }

    @Test
    void numbersRowsAsTheFileCountsItsLines() throws IOException {
        List<PassengerListCsv.Row> rows = read("\uFEFFRef,Name,issuingCountry,documentNumber\r\n"
                + "1,Ann Lee,,\r\n" // line 2
                + "\r\n" // 3: blank, skipped but counted
                + "\"2\nseat 4\",\"Lee, \"\"Bo\"\"\",DEU,X1\r\n" // 4-5: a quoted line break
                + "3,\"Three\r\nLines\rLong\",,\n" // 6-8: CR LF and a lone CR inside quotes
                + "4,Last,,"); // 9, no final line break

        assertThat(rows).extracting(PassengerListCsv.Row::line).containsExactly(2L, 4L, 6L, 9L);
        assertThat(rows.get(1).traveller())
                .isEqualTo(new Screening.Traveller(
                        "2\nseat 4", "Lee, \"Bo\"", null, null, null, new Screening.TravellerDocument("X1", "DEU")));
        assertThat(rows.get(2).traveller().name()).isEqualTo("Three\r\nLines\rLong");
        assertThat(rows.get(3).traveller().ref()).isEqualTo("4");
    }

    @Test
    void stopsOneRowPastTheLimit() throws IOException {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 0; i < Screening.MAX_TRAVELLERS + 50; i++) {
            csv.append("Traveller ").append(i).append('\n');
        }
        assertThat(read(csv.toString())).hasSize(Screening.MAX_TRAVELLERS + 1);
    }

    @Test
    void refusesAFileWithoutAHeaderToScreen() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> read("ref,seat\n1,12C\n")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void namesTheColumnAnOfficerWrote() {
        assertThat(PassengerList.column("travellers[3].document.issuingCountry"))
                .isEqualTo("issuingCountry");
        assertThat(PassengerList.column("travellers[3].document.number")).isEqualTo("documentNumber");
        assertThat(PassengerList.column("travellers[3].dateOfBirth")).isEqualTo("dateOfBirth");
        assertThat(PassengerList.column("travellers[3]")).isEqualTo("row");
    }

    @Test
    void exportedCellsAreQuotedAndNeverFormulas() {
        assertThat(PassengerList.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(PassengerList.cell("Lee, Bo")).isEqualTo("\"Lee, Bo\"");
        assertThat(PassengerList.cell("plain")).isEqualTo("plain");
        assertThat(PassengerList.cell(null)).isEmpty();
    }
}
