package org.interlink.matching;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;

/**
 * Japanese readings of a name written in kanji, from Kuromoji's dictionary (IPADIC), which knows person names with
 * their katakana readings: 安倍晋三 is 安倍 アベ + 晋三 シンゾウ, read "abe shinzo"; 山田太郎 "yamada taro". Long vowels are
 * written as on passports (ou and uu as o and u: シンゾウ "shinzo", タロウ "taro"). Only for names that are Japanese:
 * kana present, or the other name looks like a Japanese romanisation ({@link #looksJapanese}).
 */
final class JapaneseReadings {

    /** Kuromoji tokenizers cost a dictionary lookup structure each; pooled, one borrowed per name. */
    private static final ConcurrentLinkedQueue<JapaneseTokenizer> POOL = new ConcurrentLinkedQueue<>();

    /** A word made only of Japanese syllables in Hepburn or Kunrei spelling, doubled consonants included. */
    private static final Pattern JAPANESE = Pattern.compile(
            "(?:(?:([kstpgzdbcm])(?=\\1))?(?:[kgsztdnhbpmr]y?|sh|ch|ts|f|j|w|y)?[aeiou]|n(?![aeiou]))+");

    private JapaneseReadings() {}

    /** Whether every token of a Latin name is made of Japanese syllables ("abe shinzo", not "kim" or "xi"). */
    static boolean looksJapanese(String[] tokens) {
        for (String t : tokens) {
            if (!JAPANESE.matcher(t).matches()) {
                return false;
            }
        }
        return tokens.length > 0;
    }

    /**
     * The name's words read in Japanese and romanised, then, when the first word is followed by more kanji, the name as
     * surname and given name with the given name read character by character as the other name spells it ({@link
     * #givenName}); empty when a word has no reading in the dictionary (an unknown name is better left to the other
     * readings than guessed).
     */
    static List<String[]> read(String name, String[] otherTokens) {
        JapaneseTokenizer tokenizer = POOL.poll();
        if (tokenizer == null) {
            tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL);
        }
        List<String> words = new ArrayList<>(4);
        List<String> surfaces = new ArrayList<>(4);
        boolean complete = true;
        try {
            CharTermAttribute term = tokenizer.getAttribute(CharTermAttribute.class);
            ReadingAttribute reading = tokenizer.getAttribute(ReadingAttribute.class);
            tokenizer.setReader(new StringReader(name));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                String katakana = reading.getReading();
                if (katakana == null || term.length() == 0) {
                    complete = false;
                    continue;
                }
                surfaces.add(term.toString());
                words.add(romanise(katakana));
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        POOL.offer(tokenizer);
        List<String[]> out = new ArrayList<>(2);
        if (!complete || words.isEmpty()) {
            return out;
        }
        out.add(words.toArray(String[]::new));
        if (words.size() >= 2) {
            String given = String.join("", surfaces.subList(1, surfaces.size()));
            String read = givenName(given, otherTokens);
            if (read != null) {
                out.add(new String[] {words.getFirst(), read});
            }
        }
        return out;
    }

    private static String romanise(String katakana) {
        return passportSpelling(Transliteration.toLatin(katakana).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Readings that characters take at the end of given names (nanori) and that dictionaries of words do not give:
     * 晋三 Shinzo, 太郎 Taro, 花子 Hanako, 和夫 Kazuo, 直樹 Naoki.
     */
    private static final java.util.Map<Character, List<String>> NAME_READINGS = java.util.Map.ofEntries(
            java.util.Map.entry('三', List.of("zo", "so", "mi")),
            java.util.Map.entry('郎', List.of("ro")),
            java.util.Map.entry('子', List.of("ko")),
            java.util.Map.entry('美', List.of("mi")),
            java.util.Map.entry('一', List.of("ichi", "kazu")),
            java.util.Map.entry('二', List.of("ji")),
            java.util.Map.entry('夫', List.of("o")),
            java.util.Map.entry('雄', List.of("o")),
            java.util.Map.entry('男', List.of("o")),
            java.util.Map.entry('也', List.of("ya")),
            java.util.Map.entry('彦', List.of("hiko")),
            java.util.Map.entry('介', List.of("suke")),
            java.util.Map.entry('助', List.of("suke")),
            java.util.Map.entry('樹', List.of("ki")),
            java.util.Map.entry('輝', List.of("teru")),
            java.util.Map.entry('人', List.of("to")),
            java.util.Map.entry('斗', List.of("to")),
            java.util.Map.entry('平', List.of("hei")),
            java.util.Map.entry('吉', List.of("kichi")),
            java.util.Map.entry('蔵', List.of("zo")),
            java.util.Map.entry('造', List.of("zo")),
            java.util.Map.entry('恵', List.of("e")),
            java.util.Map.entry('江', List.of("e")),
            java.util.Map.entry('代', List.of("yo")),
            java.util.Map.entry('奈', List.of("na")),
            java.util.Map.entry('菜', List.of("na")),
            java.util.Map.entry('香', List.of("ka")),
            java.util.Map.entry('花', List.of("ka", "hana")),
            java.util.Map.entry('乃', List.of("no")),
            java.util.Map.entry('里', List.of("ri")),
            java.util.Map.entry('和', List.of("kazu")),
            java.util.Map.entry('直', List.of("nao")),
            java.util.Map.entry('秀', List.of("hide")),
            java.util.Map.entry('正', List.of("masa")),
            java.util.Map.entry('健', List.of("ken")),
            java.util.Map.entry('博', List.of("hiro")),
            java.util.Map.entry('浩', List.of("hiro")),
            java.util.Map.entry('裕', List.of("hiro", "yu")),
            java.util.Map.entry('明', List.of("aki")),
            java.util.Map.entry('信', List.of("nobu")),
            java.util.Map.entry('義', List.of("yoshi")),
            java.util.Map.entry('良', List.of("yoshi")),
            java.util.Map.entry('孝', List.of("taka")),
            java.util.Map.entry('隆', List.of("taka")),
            java.util.Map.entry('智', List.of("tomo")),
            java.util.Map.entry('友', List.of("tomo")),
            java.util.Map.entry('由', List.of("yu")),
            java.util.Map.entry('真', List.of("ma")),
            java.util.Map.entry('優', List.of("yu")),
            java.util.Map.entry('翔', List.of("sho")),
            java.util.Map.entry('大', List.of("dai", "hiro")));

    /** Combinations of character readings tried for a given name. */
    private static final int MAX_COMBINATIONS = 256;

    /**
     * The given name read character by character (on, kun and name readings, with the voicing a second character
     * takes: 三 san/zo), the reading closest to a token of the other name; {@code null} when a character has none.
     */
    static @Nullable String givenName(String given, String[] otherTokens) {
        List<String> combinations = List.of("");
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            java.util.Set<String> readings = new java.util.LinkedHashSet<>(NAME_READINGS.getOrDefault(c, List.of()));
            for (String r : HanReadings.of(c, HanReadings.JAPANESE_ON)) {
                readings.add(passportSpelling(r));
            }
            for (String r : HanReadings.of(c, HanReadings.JAPANESE_KUN)) {
                readings.add(passportSpelling(r));
            }
            if (readings.isEmpty()) {
                return null;
            }
            if (i > 0) {
                for (String r : List.copyOf(readings)) {
                    readings.add(voiced(r));
                }
            }
            List<String> next = new ArrayList<>();
            for (String prefix : combinations) {
                for (String r : readings) {
                    if (next.size() < MAX_COMBINATIONS) {
                        next.add(prefix + r);
                    }
                }
            }
            combinations = next;
        }
        String best = null;
        double bestSimilarity = -1;
        for (String candidate : combinations) {
            for (String token : otherTokens) {
                double s = JaroWinkler.similarity(candidate, token);
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = candidate;
                }
            }
        }
        return best;
    }

    /** Rendaku: the second part of a compound voices its first consonant (s → z, k → g, t → d, h → b). */
    private static String voiced(String reading) {
        return switch (reading.charAt(0)) {
            case 's' -> reading.startsWith("sh") ? "j" + reading.substring(2) : "z" + reading.substring(1);
            case 'k' -> "g" + reading.substring(1);
            case 't' -> reading.startsWith("ts") ? "z" + reading.substring(2) : "d" + reading.substring(1);
            case 'h' -> "b" + reading.substring(1);
            case 'f' -> "b" + reading.substring(1);
            default -> reading;
        };
    }

    /** Long vowels as Japanese passports write them: ou and oo as o, uu as u ("shinzou" → "shinzo"). */
    static String passportSpelling(String hepburn) {
        return hepburn.replace("ou", "o").replace("oo", "o").replace("uu", "u").replace("-", "");
    }
}
