package org.interlink.matching;

import java.time.YearMonth;

/**
 * A date of birth as records know it: a year, a year and month, or a full date. Impossible dates are rejected.
 *
 * <p>Examples: {@code PartialDate.parse("1952")}, {@code parse("1952-10")}, {@code parse("1952-10-07")}; {@code
 * parse("1952-02-30")} throws {@link IllegalArgumentException}.
 *
 * @param year 1 to 9999
 * @param month 1 to 12, or 0 when unknown
 * @param day 1 to the length of the month, or 0 when unknown; known only if the month is known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0 && month == 0) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (day < 0 || (day > 0 && day > YearMonth.of(year, month).lengthOfMonth())) {
            throw new IllegalArgumentException("no day " + day + " in " + YearMonth.of(year, month));
        }
    }

    /** A year alone. */
    public static PartialDate of(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** A year and a month (1-12). */
    public static PartialDate of(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    /** A full date. */
    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /**
     * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
     *
     * @throws IllegalArgumentException if the text has another shape or names an impossible date
     */
    public static PartialDate parse(String text) {
        String s = text.strip();
        if (!s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("expected yyyy, yyyy-MM or yyyy-MM-dd: " + text);
        }
        int year = Integer.parseInt(s.substring(0, 4));
        int month = s.length() >= 7 ? Integer.parseInt(s.substring(5, 7)) : 0;
        int day = s.length() == 10 ? Integer.parseInt(s.substring(8, 10)) : 0;
        if (s.length() >= 7 && month == 0) {
            throw new IllegalArgumentException("month 00 in " + text);
        }
        if (s.length() == 10 && day == 0) {
            throw new IllegalArgumentException("day 00 in " + text);
        }
        return new PartialDate(year, month, day);
    }

    /** Whether the month is known. */
    public boolean hasMonth() {
        return month != 0;
    }

    /** Whether the day is known. */
    public boolean hasDay() {
        return day != 0;
    }

    /** {@code yyyymmdd} with zeros for unknown parts; the index stores dates in this form. */
    int packed() {
        return year * 10_000 + month * 100 + day;
    }

    static PartialDate unpack(int packed) {
        return new PartialDate(packed / 10_000, packed / 100 % 100, packed % 100);
    }

    @Override
    public int compareTo(PartialDate other) {
        return Integer.compare(packed(), other.packed());
    }

    /** ISO 8601 at the known precision: {@code 1952}, {@code 1952-10} or {@code 1952-10-07}. */
    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        return day == 0 ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }
}
