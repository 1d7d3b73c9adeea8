package org.interlink.screening;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.interlink.matching.Parameters;
import org.interlink.matching.PartialDate;
import org.interlink.matching.PersonQuery;
import org.interlink.matching.Sex;

/**
 * Runs made-up person checks and document look-ups against the freshly built watchlist before the server accepts
 * traffic, so that the JIT compiler has compiled the matching code before the first traveller meets it.
 *
 * <p>Why: on a fresh start with 1 M persons and 10 M documents the first 300-traveller passenger list took 1.54 s
 * and the sixth 0.45 s (2026-11-30, {@code bench/scripts/passenger-lists.sh}); person checks kept the compiler
 * threads busy for two minutes of load. The first travellers after a restart are real travellers.
 *
 * <p>The names are synthetic (syllables of seven scripts, never taken from a record), the answers are thrown away,
 * and nothing is written: no audit row, no hit. The run stops at {@link #MAX_QUERIES} checks or when the budget is
 * spent, whichever comes first, and uses every core, as a passenger list does.
 */
final class MatchingWarmUp {

    /** Enough for the hot paths of every script to reach the optimising compiler (about 10,000 calls each). */
    static final int MAX_QUERIES = 20_000;

    private static final String[][] SYLLABLES = {
        {"ma", "ri", "an", "to", "el", "ka", "no", "vi", "sa", "lo", "de", "mi", "ra", "ha", "ben", "jo", "ser", "gei"},
        {"ма", "ри", "ан", "то", "ел", "ка", "но", "ви", "са", "ло", "де", "ми", "ов", "ев", "ин", "сер", "гей", "ва"},
        {"مح", "مد", "عب", "د", "ال", "له", "حس", "ين", "علي", "كر", "يم", "نا", "صر", "فا", "طمة", "يو", "سف"},
        {"דו", "ד", "כה", "ן", "מ", "שה", "לוי", "אב", "רה", "ם", "יו", "סף", "רו", "ני", "שי", "רה"},
        {"王", "李", "张", "刘", "陈", "杨", "明", "伟", "芳", "娜", "强", "军", "习", "近", "平", "国"},
        {"김", "이", "박", "민", "준", "서", "연", "지", "현", "정", "은", "최", "영", "수"},
        {"マ", "リ", "ア", "ン", "ト", "ニ", "オ", "カ", "タ", "ロ", "ス", "キ", "ー", "ル", "シ", "ミ"},
    };
    private static final String[] COUNTRIES = {"DE", "FR", "RU", "CN", "IR", "IL", "JP", "KR", "US", "NG", "BR", "TR"};

    private MatchingWarmUp() {}

    /** What a warm-up did: each check is one person query and one document look-up. */
    record Report(int checks, Duration took) {}

    /** Runs checks until {@link #MAX_QUERIES} or {@code budget}; returns at once for a zero budget. */
    static Report run(Watchlist watchlist, Duration budget) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        AtomicInteger checks = new AtomicInteger();
        if (!budget.isZero() && !budget.isNegative()) {
            IntStream.range(0, MAX_QUERIES).parallel().forEach(i -> {
                if (System.nanoTime() - deadline > 0) {
                    return;
                }
                SplittableRandom random = new SplittableRandom(20261130L + i);
                watchlist.searchPersons(query(random), 30, Parameters.POSSIBLE_THRESHOLD);
                watchlist.documents(COUNTRIES[random.nextInt(COUNTRIES.length)], documentNumber(random));
                checks.incrementAndGet();
            });
        }
        return new Report(checks.get(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Two or three name parts in one script, with a date of birth, a nationality and a sex some of the time. */
    static PersonQuery query(SplittableRandom random) {
        String[] syllables = SYLLABLES[random.nextInt(SYLLABLES.length)];
        boolean ideographic = syllables[0].codePointAt(0) >= 0x3000;
        StringBuilder name = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int part = 0; part < parts; part++) {
            if (part > 0) {
                name.append(' ');
            }
            int length = (ideographic ? 1 : 2) + random.nextInt(2);
            for (int s = 0; s < length; s++) {
                name.append(syllables[random.nextInt(syllables.length)]);
            }
        }
        PartialDate dateOfBirth = random.nextInt(10) < 4
                ? PartialDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28))
                : null;
        String nationality = random.nextBoolean() ? COUNTRIES[random.nextInt(COUNTRIES.length)] : null;
        Sex sex = random.nextInt(3) == 0 ? null : random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        return new PersonQuery(name.toString(), dateOfBirth, nationality, sex);
    }

    private static String documentNumber(SplittableRandom random) {
        StringBuilder number = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            number.append(i < 2 ? (char) ('A' + random.nextInt(26)) : (char) ('0' + random.nextInt(10)));
        }
        return number.toString();
    }
}
