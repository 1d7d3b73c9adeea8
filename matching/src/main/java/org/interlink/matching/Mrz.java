package org.interlink.matching;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A machine-readable zone (ICAO 9303) read field by field, with every check digit's verdict and each OCR correction.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Mrz mrz = Mrz.parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
 *                   + "L898902C36UTO7408122F1204159ZE184226B<<<<<10");
 * mrz.primaryIdentifier();   // "ERIKSSON"
 * mrz.documentNumber();      // "L898902C3"
 * mrz.dateOfBirth();         // 1974-08-12
 * }</pre>
 *
 * @param format TD1, TD2, TD3, MRV-A or MRV-B
 * @param documentCode one or two letters without filler, e.g. {@code P}, {@code ID}, {@code V}
 * @param issuingState ICAO code without filler, e.g. {@code UTO}, {@code D}
 * @param primaryIdentifier surname(s), fillers as spaces, e.g. {@code CACADOR DE ARAUJO}
 * @param secondaryIdentifier given names, fillers as spaces; empty if none
 * @param documentNumber without fillers, including the TD1/TD2 overflow of long numbers
 * @param nationality ICAO code without filler
 * @param dateOfBirth null if entirely unknown ({@code <<<<<<}); month or day unknown when written {@code <<}; the
 *     century is the latest that is not in the future
 * @param sex male, female or unspecified ({@code X} or {@code <})
 * @param dateOfExpiry null if unknown; years 00-99 read within 2000 to this year + 50, else 19xx
 * @param optionalData1 TD1 line 1 optional data, TD3 personal number, TD2/MRV optional data; fillers removed at the end
 * @param optionalData2 TD1 line 2 optional data; empty in other formats
 * @param checks every check digit of the format with its verdict, in zone order, composite last where the format has
 *     one
 * @param corrections OCR corrections applied, empty if none
 * @param lines the lines as read after corrections
 */
public record Mrz(
        MrzFormat format,
        String documentCode,
        String issuingState,
        String primaryIdentifier,
        String secondaryIdentifier,
        String documentNumber,
        String nationality,
        @Nullable PartialDate dateOfBirth,
        Sex sex,
        @Nullable LocalDate dateOfExpiry,
        String optionalData1,
        String optionalData2,
        List<MrzCheck> checks,
        List<OcrCorrection> corrections,
        List<String> lines) {

    public Mrz {
        checks = List.copyOf(checks);
        corrections = List.copyOf(corrections);
        lines = List.copyOf(lines);
    }

    /**
     * Reads a zone and requires every check digit to hold. Lines are separated by line breaks (or {@code |});
     * surrounding whitespace is ignored.
     *
     * @throws MrzException naming the field: a structural problem ({@code "line 2 length"}, {@code "dateOfBirth"}) or
     *     the first failed check ({@code "documentNumber check digit"})
     */
    public static Mrz parse(String rawLines) throws MrzException {
        Mrz mrz = read(rawLines);
        for (MrzCheck check : mrz.checks) {
            if (!check.valid()) {
                throw new MrzException(
                        check.field() + " check digit", "found " + check.found() + ", computed " + check.computed());
            }
        }
        return mrz;
    }

    /**
     * Reads a zone without requiring its check digits to hold; inspect {@link #checks()} or {@link #valid()}. For
     * officers who must see what a damaged or forged document says.
     *
     * @throws MrzException only for structural problems: line count, line length, characters outside {@code
     *     A-Z0-9<}, or a date or sex that no OCR correction makes legal
     */
    public static Mrz read(String rawLines) throws MrzException {
        return MrzReader.read(rawLines);
    }

    /** Whether every check digit holds. */
    public boolean valid() {
        return checks.stream().allMatch(MrzCheck::valid);
    }
}
