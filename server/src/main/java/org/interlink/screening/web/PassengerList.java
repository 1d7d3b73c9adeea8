package org.interlink.screening.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.interlink.access.Viewer;
import org.interlink.screening.Checks;
import org.interlink.screening.Screening;
import org.interlink.screening.ScreeningResult;
import org.interlink.screening.WatchlistReadiness;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded passenger list at the border console, screened in chunks while the page polls it: every valid row is
 * screened, the others are listed with their file line and reason. Results are shown hits and possibles first.
 */
public final class PassengerList {

    /** Which results the page lists. */
    public enum Show {
        ALL,
        /** hits and possibles */
        ATTENTION,
        HITS;

        static Show parse(String value) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return ALL;
            }
        }

        boolean shows(String outcome) {
            return switch (this) {
                case ALL -> true;
                case ATTENTION -> !outcome.equals(ScreeningResult.NO_HIT);
                case HITS -> outcome.equals(ScreeningResult.HIT);
            };
        }
    }

    /** A screened traveller and the file line of its row. */
    public record Screened(long line, Screening.TravellerResult result) {

        /** The best match, if any. */
        public ScreeningResult.@Nullable Match best() {
            return result.matches().isEmpty() ? null : result.matches().getFirst();
        }

        int rank() {
            return switch (result.outcome()) {
                case ScreeningResult.HIT -> 0;
                case ScreeningResult.POSSIBLE -> 1;
                default -> 2;
            };
        }
    }

    /** A row that was not screened: its file line, its ref and why (in the file's column names). */
    public record Refused(long line, @Nullable String ref, String reason) {}

    /** Progress at one moment: rows done (screened or refused) of the list's total. */
    public record Progress(int done, int total, int percent, boolean finished) {}

    private final String owner;
    private final int total;
    private volatile int done;
    private volatile @Nullable String error;
    private final List<Screened> screened = new ArrayList<>();
    private final List<Refused> refused = new ArrayList<>();

    PassengerList(String owner, int total) {
        this.owner = owner;
        this.total = total;
    }

    String owner() {
        return owner;
    }

    /** Screens the rows chunk by chunk, so the page can show progress; a bad row is refused, not a stop. */
    void screen(
            Screening screening,
            Viewer viewer,
            List<PassengerListCsv.Row> rows,
            int chunkSize,
            Checks.Context context) {
        try {
            for (int from = 0; from < rows.size(); from += chunkSize) {
                List<PassengerListCsv.Row> chunk = rows.subList(from, Math.min(rows.size(), from + chunkSize));
                Screening.BatchResult answer = screening.screenBatch(
                        viewer,
                        chunk.stream().map(PassengerListCsv.Row::traveller).toList(),
                        context);
                add(chunk, answer);
                done += chunk.size();
            }
        } catch (WatchlistReadiness.NotReady e) {
            error = "Screening is not ready yet; the rest of the list was not checked. Upload it again in a moment.";
        } catch (RuntimeException e) {
            error = "the list could not be screened; nothing more was checked";
        }
    }

    /** Results come in list order for the valid rows only; the refused ones are known by their index. */
    private synchronized void add(List<PassengerListCsv.Row> chunk, Screening.BatchResult answer) {
        var reasons = answer.rejected().stream()
                .collect(Collectors.groupingBy(
                        Screening.Rejected::index,
                        java.util.TreeMap::new,
                        Collectors.mapping(r -> column(r.field()) + ": " + r.message(), Collectors.joining("; "))));
        var results = answer.results().iterator();
        for (int i = 0; i < chunk.size(); i++) {
            PassengerListCsv.Row row = chunk.get(i);
            String reason = reasons.get(i);
            if (reason != null) {
                refused.add(new Refused(
                        row.line(),
                        row.traveller() == null ? null : row.traveller().ref(),
                        reason));
            } else {
                screened.add(new Screened(row.line(), results.next()));
            }
        }
    }

    /** {@code travellers[3].document.issuingCountry} → {@code issuingCountry}: the column the officer wrote. */
    static String column(String field) {
        String local = field.replaceFirst("^travellers\\[\\d+]\\.?", "");
        return switch (local) {
            case "" -> "row";
            case "document.number" -> "documentNumber";
            case "document.issuingCountry" -> "issuingCountry";
            default -> local;
        };
    }

    /** As of now, read once: the job runs on while the page renders, and the figures shown must agree. */
    public Progress progress() {
        int now = done;
        boolean finished = now == total || error != null;
        return new Progress(now, total, total == 0 ? 100 : now * 100 / total, finished);
    }

    public @Nullable String getError() {
        return error;
    }

    /** The screened travellers {@code show} selects: hits first, then possibles, then the rest, each in file order. */
    public synchronized List<Screened> results(Show show) {
        return screened.stream()
                .filter(s -> show.shows(s.result().outcome()))
                .sorted(Comparator.comparingInt(Screened::rank).thenComparingLong(Screened::line))
                .toList();
    }

    public synchronized List<Refused> getRejected() {
        return List.copyOf(refused);
    }

    public synchronized long count(String outcome) {
        return screened.stream()
                .filter(s -> s.result().outcome().equals(outcome))
                .count();
    }

    public synchronized int screenedCount() {
        return screened.size();
    }

    /** Every result, hits and possibles first, then the rejected rows, as CSV (RFC 4180, header row). */
    synchronized String csv() {
        StringBuilder out = new StringBuilder("line,ref,outcome,match,kind,record,owner,action,reason\r\n");
        for (Screened s : results(Show.ALL)) {
            ScreeningResult.Match best = s.best();
            row(
                    out,
                    Long.toString(s.line()),
                    s.result().ref(),
                    s.result().outcome(),
                    best == null ? null : best.matchedName(),
                    best == null ? null : best.kind(),
                    best == null ? null : best.recordId(),
                    best == null ? null : best.owner(),
                    best == null ? null : best.action(),
                    null);
        }
        for (Refused r : refused) {
            row(out, Long.toString(r.line()), r.ref(), "REJECTED", null, null, null, null, null, r.reason());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, @Nullable String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
    }

    /**
     * One CSV cell: quoted when it holds a comma, a quote or a line break; a leading {@code = + - @} is defused with
     * an apostrophe, so that a spreadsheet does not run a name or a reference from the list as a formula.
     */
    static String cell(@Nullable String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }
}
