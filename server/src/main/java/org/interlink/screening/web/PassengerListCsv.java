package org.interlink.screening.web;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.interlink.common.InvalidInputException;
import org.interlink.screening.Screening;
import org.jspecify.annotations.Nullable;

/**
 * Reads a passenger list in CSV (RFC 4180): a header row naming the columns (any order, case-insensitive) among {@code
 * ref}, {@code name}, {@code dateOfBirth}, {@code nationality}, {@code sex}, {@code documentNumber}, {@code
 * issuingCountry}; fields may be double-quoted (with {@code ""} for a quote) and a quoted field may hold line breaks.
 * Each traveller keeps the file line its row starts on, counted as an editor counts them (the header is line 1, a
 * quoted line break starts a new line), so that a rejected row can be found in the file. Stops reading one row past
 * the list limit, so a huge upload is not held in memory.
 */
final class PassengerListCsv {

    private PassengerListCsv() {}

    /** One row of the list: the file line it starts on, and the traveller it names. */
    record Row(long line, Screening.Traveller traveller) {}

    /** The rows after the header, blank lines skipped; one more than {@link Screening#MAX_TRAVELLERS} if longer. */
    static List<Row> read(Reader reader) throws IOException {
        Records records = new Records(reader);
        List<String> header = records.next();
        if (header == null) {
            throw new InvalidInputException("file", "is empty");
        }
        List<String> columns = header.stream()
                .map(c -> c.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT))
                .toList();
        if (!columns.contains("name") && !columns.contains("documentnumber")) {
            throw new InvalidInputException("file", "the header must name a name or documentNumber column");
        }
        List<Row> rows = new ArrayList<>();
        for (List<String> fields = records.next(); fields != null; fields = records.next()) {
            if (fields.size() == 1 && fields.getFirst().isBlank()) {
                continue;
            }
            String number = field(columns, fields, "documentnumber");
            String issuing = field(columns, fields, "issuingcountry");
            rows.add(new Row(
                    records.startLine(),
                    new Screening.Traveller(
                            field(columns, fields, "ref"),
                            field(columns, fields, "name"),
                            field(columns, fields, "dateofbirth"),
                            field(columns, fields, "nationality"),
                            field(columns, fields, "sex"),
                            number == null && issuing == null
                                    ? null
                                    : new Screening.TravellerDocument(number, issuing))));
            if (rows.size() > Screening.MAX_TRAVELLERS) {
                break; // one too many: the caller reports the limit
            }
        }
        return rows;
    }

    private static @Nullable String field(List<String> columns, List<String> fields, String name) {
        int i = columns.indexOf(name);
        if (i < 0 || i >= fields.size()) {
            return null;
        }
        String value = fields.get(i).strip();
        return value.isEmpty() ? null : value;
    }

    /** CSV records one at a time, counting physical lines: CR LF, LF and CR each end one. */
    private static final class Records {
        private static final int NONE = -2;

        private final Reader in;
        private int peeked = NONE;
        private long line = 1;
        private long start;

        Records(Reader in) {
            this.in = in;
        }

        /** The line the record last read starts on. */
        long startLine() {
            return start;
        }

        @Nullable
        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (c == -1) {
                    fields.add(current.toString());
                    return fields;
                }
                if (quoted) {
                    if (c == '"') {
                        int next = read();
                        if (next == '"') {
                            current.append('"');
                        } else {
                            quoted = false;
                            c = next;
                            continue;
                        }
                    } else if (c == '\r' || c == '\n') {
                        current.append(lineBreak(c));
                    } else {
                        current.append((char) c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(current.toString());
                    current.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    lineBreak(c);
                    fields.add(current.toString());
                    return fields;
                } else {
                    current.append((char) c);
                }
                c = read();
            }
        }

        /** Consumes a line break that began with {@code c}, counts it, and answers it as read. */
        private String lineBreak(int c) throws IOException {
            line++;
            if (c == '\r') {
                int next = read();
                if (next == '\n') {
                    return "\r\n";
                }
                peeked = next;
                return "\r";
            }
            return "\n";
        }

        private int read() throws IOException {
            if (peeked != NONE) {
                int c = peeked;
                peeked = NONE;
                return c;
            }
            return in.read();
        }
    }
}
