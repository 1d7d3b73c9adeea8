package org.interlink.screening.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interlink.common.InvalidInputException;
import org.interlink.screening.Screening;

/**
 * Reads a passenger list in CSV: a header row naming the columns (any order, case-insensitive) among {@code ref},
 * {@code name}, {@code dateOfBirth}, {@code nationality}, {@code sex}, {@code documentNumber}, {@code issuingCountry};
 * fields may be double-quoted (with {@code ""} for a quote). Stops reading past the list limit, so a huge upload is not
 * held in memory.
 */
final class PassengerListCsv {

    private PassengerListCsv() {}

    static List<Screening.Traveller> read(BufferedReader reader) throws IOException {
        String header = reader.readLine();
        if (header == null) {
            throw new InvalidInputException("file", "is empty");
        }
        List<String> columns = split(header.replace("\uFEFF", "")).stream()
                .map(c -> c.strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!columns.contains("name") && !columns.contains("documentnumber")) {
            throw new InvalidInputException("file", "the header must name a name or documentNumber column");
        }
        List<Screening.Traveller> travellers = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            if (travellers.size() == Screening.MAX_TRAVELLERS) {
                travellers.add(null); // one too many: the caller reports the limit
                break;
            }
            List<String> fields = split(line);
            String number = field(columns, fields, "documentnumber");
            String issuing = field(columns, fields, "issuingcountry");
            travellers.add(new Screening.Traveller(
                    field(columns, fields, "ref"),
                    field(columns, fields, "name"),
                    field(columns, fields, "dateofbirth"),
                    field(columns, fields, "nationality"),
                    field(columns, fields, "sex"),
                    number == null && issuing == null ? null : new Screening.TravellerDocument(number, issuing)));
        }
        return travellers;
    }

    private static String field(List<String> columns, List<String> fields, String name) {
        int i = columns.indexOf(name);
        if (i < 0 || i >= fields.size()) {
            return null;
        }
        String value = fields.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
