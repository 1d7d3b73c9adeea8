package org.interlink.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields of an ICAO 9303 zone (part 4 to 7 layouts), applying OCR corrections only where a field's type
 * forbids the character read. Guarded by {@code MrzBenchmark.parse}.
 */
final class MrzReader {

    private final char[][] lines;
    private final List<OcrCorrection> corrections = new ArrayList<>(0);
    private final List<MrzCheck> checks = new ArrayList<>(5);

    private MrzReader(char[][] lines) {
        this.lines = lines;
    }

    static Mrz read(String raw) throws MrzException {
        List<String> rows = new ArrayList<>(3);
        int start = 0;
        for (int i = 0; i <= raw.length(); i++) {
            if (i == raw.length() || raw.charAt(i) == '\n' || raw.charAt(i) == '\r' || raw.charAt(i) == '|') {
                String stripped = raw.substring(start, i).strip();
                if (!stripped.isEmpty()) {
                    rows.add(stripped);
                }
                start = i + 1;
            }
        }
        MrzFormat format = format(rows);
        char[][] lines = new char[rows.size()][];
        for (int l = 0; l < rows.size(); l++) {
            lines[l] = rows.get(l).toCharArray();
            for (int c = 0; c < lines[l].length; c++) {
                char ch = lines[l][c];
                if (!(ch >= 'A' && ch <= 'Z') && !(ch >= '0' && ch <= '9') && ch != '<') {
                    throw new MrzException(
                            "line " + (l + 1) + " character " + (c + 1), "'" + ch + "' is not A-Z, 0-9 or <");
                }
            }
        }
        if (format == MrzFormat.TD2 && isVisa(lines[0][0])) {
            format = MrzFormat.MRV_B;
        } else if (format == MrzFormat.TD3 && isVisa(lines[0][0])) {
            format = MrzFormat.MRV_A;
        }
        MrzReader reader = new MrzReader(lines);
        return format == MrzFormat.TD1 ? reader.td1() : reader.twoLines(format);
    }

    private static boolean isVisa(char c) {
        return c == 'V';
    }

    private static MrzFormat format(List<String> rows) throws MrzException {
        int expected;
        if (rows.size() == 3) {
            expected = 30;
        } else if (rows.size() == 2) {
            expected = rows.get(0).length() == 36 ? 36 : 44;
        } else {
            throw new MrzException("line count", "expected 2 or 3 lines, found " + rows.size());
        }
        for (int l = 0; l < rows.size(); l++) {
            if (rows.get(l).length() != expected) {
                throw new MrzException(
                        "line " + (l + 1) + " length",
                        "expected " + expected + ", found " + rows.get(l).length());
            }
        }
        return rows.size() == 3 ? MrzFormat.TD1 : expected == 36 ? MrzFormat.TD2 : MrzFormat.TD3;
    }

    private Mrz td1() throws MrzException {
        String code = documentCode();
        String state = alpha("issuingState", 0, 2, 5);
        PartialDate dob = date("dateOfBirth", 1, 0, true);
        char dobCheck = checkDigit("dateOfBirth", 1, 6);
        Sex sex = sex(1, 7);
        LocalDate expiry = expiry(1, 8);
        char expiryCheck = checkDigit("dateOfExpiry", 1, 14);
        String nationality = alpha("nationality", 1, 15, 18);
        String[] names = names(2, 0, 30);
        String number = text(0, 5, 14);
        String optional1 = text(0, 15, 30);
        String numberField;
        char numberCheck;
        if (lines[0][14] == '<' && lines[0][15] != '<') {
            Overflow o = overflow(0, 5, 15, optional1);
            number = o.number();
            numberField = o.checked();
            numberCheck = o.check();
            optional1 = o.optionalRest();
        } else {
            numberField = new String(lines[0], 5, 9);
            numberCheck = checkDigit("documentNumber", 0, 14);
        }
        check("documentNumber", numberField, numberCheck);
        check("dateOfBirth", new String(lines[1], 0, 6), dobCheck);
        check("dateOfExpiry", new String(lines[1], 8, 6), expiryCheck);
        char composite = checkDigit("composite", 1, 29);
        check(
                "composite",
                new String(lines[0], 5, 25)
                        + new String(lines[1], 0, 7)
                        + new String(lines[1], 8, 7)
                        + new String(lines[1], 18, 11),
                composite);
        return new Mrz(
                MrzFormat.TD1,
                code,
                state,
                names[0],
                names[1],
                number,
                nationality,
                dob,
                sex,
                expiry,
                optional1,
                text(1, 18, 29),
                checks,
                corrections,
                lines());
    }

    private Mrz twoLines(MrzFormat format) throws MrzException {
        int length = format.length();
        String code = documentCode();
        String state = alpha("issuingState", 0, 2, 5);
        String[] names = names(0, 5, length);
        String nationality = alpha("nationality", 1, 10, 13);
        PartialDate dob = date("dateOfBirth", 1, 13, true);
        char dobCheck = checkDigit("dateOfBirth", 1, 19);
        Sex sex = sex(1, 20);
        LocalDate expiry = expiry(1, 21);
        char expiryCheck = checkDigit("dateOfExpiry", 1, 27);
        boolean td3 = format == MrzFormat.TD3;
        boolean td2 = format == MrzFormat.TD2;
        int optionalEnd = td3 ? 42 : td2 ? 35 : length;
        String optional = text(1, 28, optionalEnd);
        String number = text(1, 0, 9);
        String numberField = new String(lines[1], 0, 9);
        char numberCheck;
        if (td2 && lines[1][9] == '<' && lines[1][28] != '<') {
            Overflow o = overflow(1, 0, 28, optional);
            number = o.number();
            numberField = o.checked();
            numberCheck = o.check();
            optional = o.optionalRest();
        } else {
            numberCheck = checkDigit("documentNumber", 1, 9);
        }
        check("documentNumber", numberField, numberCheck);
        check("dateOfBirth", new String(lines[1], 13, 6), dobCheck);
        check("dateOfExpiry", new String(lines[1], 21, 6), expiryCheck);
        if (td3) {
            String personal = new String(lines[1], 28, 14);
            char found = lines[1][42];
            if (found == '<' && personal.chars().allMatch(c -> c == '<')) {
                checks.add(new MrzCheck("optionalData", '<', '<'));
            } else {
                check("optionalData", personal, checkDigit("optionalData", 1, 42));
            }
        }
        if (td3 || td2) {
            char composite = checkDigit("composite", 1, length - 1);
            check(
                    "composite",
                    new String(lines[1], 0, 10) + new String(lines[1], 13, 7) + new String(lines[1], 21, length - 22),
                    composite);
        }
        return new Mrz(
                format,
                code,
                state,
                names[0],
                names[1],
                number,
                nationality,
                dob,
                sex,
                expiry,
                optional,
                "",
                checks,
                corrections,
                lines());
    }

    /** A long document number: its first nine characters, a filler, the rest in the optional data (9303-5, 4.2.2 j). */
    private record Overflow(String number, String checked, char check, String optionalRest) {}

    private Overflow overflow(int line, int numberFrom, int optionalFrom, String optional) {
        int end = optional.indexOf('<') < 0 ? optional.length() : optional.indexOf('<');
        String overflow = optional.substring(0, end);
        char check = checkDigit("documentNumber", line, optionalFrom + end - 1);
        String first9 = new String(lines[line], numberFrom, 9);
        String rest = overflow.substring(0, overflow.length() - 1);
        return new Overflow(
                (first9 + rest).replace("<", ""),
                longNumberField(first9, overflow, check),
                check,
                strip(optional.substring(end)));
    }

    /**
     * The text a long number's check digit covers. ICAO: the full number without the filler. Belgian cards include the
     * filler; that reading is used only when the ICAO one fails and it holds, so a valid Belgian card is not refused.
     */
    private static String longNumberField(String first9, String overflow, char found) {
        String rest = overflow.isEmpty() ? "" : overflow.substring(0, overflow.length() - 1);
        String icao = first9 + rest;
        String withFiller = first9 + "<" + rest;
        return CheckDigits.compute(icao) != found && CheckDigits.compute(withFiller) == found ? withFiller : icao;
    }

    private String documentCode() throws MrzException {
        String code = alpha("documentCode", 0, 0, 2);
        if (code.isEmpty() || lines[0][0] == '<') {
            throw new MrzException("documentCode", "must start with a letter");
        }
        return code;
    }

    private String[] names(int line, int from, int to) {
        String field = alpha("names", line, from, to, true);
        String raw = new String(lines[line], from, to - from);
        int split = raw.indexOf("<<");
        String primary = split < 0 ? raw : raw.substring(0, split);
        String secondary = split < 0 ? "" : raw.substring(split + 2);
        return new String[] {words(primary), words(secondary)};
    }

    /** Fillers become single spaces between words: "CACADOR<DE<ARAUJO<<<" is "CACADOR DE ARAUJO". */
    private static String words(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '<') {
                if (i > 0 && field.charAt(i - 1) == '<' && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private Sex sex(int line, int col) throws MrzException {
        char c = repairAlpha("sex", line, col);
        return switch (c) {
            case 'M' -> Sex.MALE;
            case 'F' -> Sex.FEMALE;
            case 'X', '<' -> Sex.UNSPECIFIED;
            default -> throw new MrzException("sex", "'" + c + "' is not M, F, X or <");
        };
    }

    private @Nullable PartialDate date(String field, int line, int from, boolean birth) throws MrzException {
        int[] parts = new int[3];
        boolean[] known = new boolean[3];
        for (int p = 0; p < 3; p++) {
            int col = from + 2 * p;
            if (birth && lines[line][col] == '<' && lines[line][col + 1] == '<') {
                continue;
            }
            char hi = repairDigit(field, line, col);
            char lo = repairDigit(field, line, col + 1);
            if (!Character.isDigit(hi) || !Character.isDigit(lo)) {
                throw new MrzException(field, "not a date: " + new String(lines[line], from, 6));
            }
            parts[p] = (hi - '0') * 10 + (lo - '0');
            known[p] = true;
        }
        if (!known[0]) {
            return null;
        }
        if (!known[1] && known[2]) {
            throw new MrzException(field, "a day without a month");
        }
        int thisYear = Year.now(ZoneOffset.UTC).getValue();
        int year = 2000 + parts[0];
        if (birth ? year > thisYear : year > thisYear + 50) {
            year -= 100;
        }
        try {
            return new PartialDate(year, known[1] ? parts[1] : 0, known[2] ? parts[2] : 0);
        } catch (IllegalArgumentException e) {
            throw new MrzException(field, e.getMessage());
        }
    }

    private @Nullable LocalDate expiry(int line, int from) throws MrzException {
        if (new String(lines[line], from, 6).equals("<<<<<<")) {
            return null;
        }
        PartialDate d = date("dateOfExpiry", line, from, false);
        if (d == null || !d.hasDay()) {
            throw new MrzException("dateOfExpiry", "incomplete");
        }
        try {
            return LocalDate.of(d.year(), d.month(), d.day());
        } catch (DateTimeException e) {
            throw new MrzException("dateOfExpiry", e.getMessage());
        }
    }

    private char checkDigit(String field, int line, int col) {
        char c = lines[line][col];
        return c == '<' ? c : repairDigit(field + " check digit", line, col);
    }

    private void check(String field, String value, char found) {
        checks.add(new MrzCheck(field, found, CheckDigits.compute(value)));
    }

    private String alpha(String field, int line, int from, int to) {
        return alpha(field, line, from, to, false);
    }

    private String alpha(String field, int line, int from, int to, boolean keepFillers) {
        for (int c = from; c < to; c++) {
            repairAlpha(field, line, c);
        }
        String s = new String(lines[line], from, to - from);
        return keepFillers ? s : s.replace("<", "");
    }

    private String text(int line, int from, int to) {
        return strip(new String(lines[line], from, to - from));
    }

    private static String strip(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == '<') {
            end--;
        }
        return field.substring(0, end);
    }

    private char repairAlpha(String field, int line, int col) {
        char c = lines[line][col];
        return correct(field, line, col, c, OcrConfusions.toLetter(c));
    }

    private char repairDigit(String field, int line, int col) {
        char c = lines[line][col];
        return correct(field, line, col, c, OcrConfusions.toDigit(c));
    }

    private char correct(String field, int line, int col, char read, char to) {
        if (to != read) {
            lines[line][col] = to;
            corrections.add(new OcrCorrection(field, line + 1, col + 1, read, to));
        }
        return to;
    }

    private List<String> lines() {
        List<String> out = new ArrayList<>(lines.length);
        for (char[] line : lines) {
            out.add(new String(line));
        }
        return out;
    }
}
