package org.interlink.bench.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * Chinese, Japanese and Korean person names made deterministically (seeded) for the evaluation, each in Han (or
 * Hangul) and in a romanisation: a surname from a list of common ones and a given name of one or two characters.
 *
 * <ul>
 *   <li>Chinese: given-name characters read by Unihan's usual Mandarin reading (the {@code han-readings.tsv.gz} table the
 *       matching module ships), written in pinyin ("Wang Xiuying") or in Wade-Giles ("Wang Hsiu-ying", converted here by
 *       the textbook rules, independently of the matcher's own conversion).
 *   <li>Korean: Hanja given-name characters read in Hangul by Unihan, written in the Revised Romanisation syllable by
 *       syllable with the customary surname spelling ("Kim Min-jun"), the name queried in Hanja or in Hangul.
 *   <li>Japanese: Unihan gives no name readings, so surnames and given names come from short hand-written lists of
 *       common ones with their Hepburn reading as written on passports (long vowels unmarked: "Sato Yoko").
 * </ul>
 *
 * Ground truth built from the same Unihan table the matcher reads is partly circular (a character read as Unihan reads
 * it is found); what it tests is the name structure, the romanisation spellings and the blocking.
 */
final class UnihanNames {

    /** One generated person: its name in Han or Hangul, its romanisation, and the class (system) it belongs to. */
    record CjkName(String native_, String latin, String system) {}

    private static final String CHINESE_SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭萧田董潘袁蔡蒋余杜" + "程苏魏丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武戴莫孔向汤";
    private static final String CHINESE_GIVEN =
            "伟明华芳秀英军杰丽强磊洋勇静敏燕玲桂丹萍鹏辉文斌宇浩凯晨瑞博涛建国平志海春红云峰霞鑫" + "雪琳婷慧刚林亮梅兰成东飞波宁安嘉欣怡佳俊豪晓颖琪倩";

    /** Korean surnames: Hangul, Hanja, customary Latin spelling. */
    private static final String[][] KOREAN_SURNAMES = {
        {"김", "金", "Kim"}, {"이", "李", "Lee"}, {"박", "朴", "Park"}, {"최", "崔", "Choi"}, {"정", "鄭", "Jung"},
        {"강", "姜", "Kang"}, {"조", "趙", "Cho"}, {"윤", "尹", "Yoon"}, {"장", "張", "Jang"}, {"임", "林", "Lim"},
        {"한", "韓", "Han"}, {"오", "吳", "Oh"}, {"서", "徐", "Seo"}, {"신", "申", "Shin"}, {"권", "權", "Kwon"},
        {"황", "黃", "Hwang"}, {"안", "安", "Ahn"}, {"송", "宋", "Song"}, {"홍", "洪", "Hong"}, {"고", "高", "Ko"},
        {"문", "文", "Moon"}, {"양", "梁", "Yang"}, {"손", "孫", "Son"}, {"백", "白", "Baek"}, {"허", "許", "Heo"},
        {"남", "南", "Nam"}, {"심", "沈", "Shim"}, {"노", "盧", "Noh"}, {"하", "河", "Ha"}, {"곽", "郭", "Kwak"},
        {"성", "成", "Sung"}, {"차", "車", "Cha"}, {"주", "朱", "Joo"}, {"우", "禹", "Woo"}, {"민", "閔", "Min"}
    };

    private static final String KOREAN_GIVEN = "民珉俊賢秀英美恩智成浩鎭永正在泰東勳哲錫植淑熙妍允宇炫昊碩洙奎昌容善仁慧貞敏珍";

    /** Japanese surnames and given names with their Hepburn reading (passport spelling). */
    private static final String[][] JAPANESE_SURNAMES = {
        {"佐藤", "Sato"}, {"鈴木", "Suzuki"}, {"高橋", "Takahashi"}, {"田中", "Tanaka"}, {"伊藤", "Ito"},
        {"渡辺", "Watanabe"}, {"山本", "Yamamoto"}, {"中村", "Nakamura"}, {"小林", "Kobayashi"}, {"加藤", "Kato"},
        {"吉田", "Yoshida"}, {"山田", "Yamada"}, {"佐々木", "Sasaki"}, {"山口", "Yamaguchi"}, {"松本", "Matsumoto"},
        {"井上", "Inoue"}, {"木村", "Kimura"}, {"斎藤", "Saito"}, {"清水", "Shimizu"}, {"山崎", "Yamazaki"},
        {"池田", "Ikeda"}, {"橋本", "Hashimoto"}, {"阿部", "Abe"}, {"石川", "Ishikawa"}, {"山下", "Yamashita"},
        {"中島", "Nakajima"}, {"前田", "Maeda"}, {"藤田", "Fujita"}, {"小川", "Ogawa"}, {"岡田", "Okada"},
        {"後藤", "Goto"}, {"長谷川", "Hasegawa"}, {"村上", "Murakami"}, {"近藤", "Kondo"}, {"石井", "Ishii"},
        {"坂本", "Sakamoto"}, {"遠藤", "Endo"}, {"青木", "Aoki"}, {"藤井", "Fujii"}, {"西村", "Nishimura"}
    };

    private static final String[][] JAPANESE_GIVEN = {
        {"翔太", "Shota"},
        {"大輔", "Daisuke"},
        {"健太", "Kenta"},
        {"拓也", "Takuya"},
        {"直樹", "Naoki"},
        {"大樹", "Daiki"},
        {"蓮", "Ren"},
        {"陽斗", "Haruto"},
        {"健一", "Kenichi"},
        {"誠", "Makoto"},
        {"浩", "Hiroshi"},
        {"隆", "Takashi"},
        {"明", "Akira"},
        {"修", "Osamu"},
        {"茂", "Shigeru"},
        {"清", "Kiyoshi"},
        {"和也", "Kazuya"},
        {"達也", "Tatsuya"},
        {"美咲", "Misaki"},
        {"陽子", "Yoko"},
        {"恵子", "Keiko"},
        {"裕子", "Yuko"},
        {"直美", "Naomi"},
        {"由美子", "Yumiko"},
        {"真由美", "Mayumi"},
        {"智子", "Tomoko"},
        {"花子", "Hanako"},
        {"愛", "Ai"},
        {"結衣", "Yui"},
        {"葵", "Aoi"},
        {"久美子", "Kumiko"},
        {"明美", "Akemi"},
        {"幸子", "Sachiko"},
        {"京子", "Kyoko"},
        {"正人", "Masato"},
        {"一郎", "Ichiro"},
        {"太郎", "Taro"},
        {"健二", "Kenji"},
        {"翼", "Tsubasa"},
        {"大介", "Daisuke"}
    };

    private static final String[] RR_INITIALS = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] RR_MEDIALS = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i"
    };
    private static final String[] RR_FINALS = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"
    };

    private final Map<Integer, String[]> readings = readings();

    /**
     * {@code perSystem} persons of each system ({@code zh-pinyin}, {@code zh-wg}, {@code ja-hepburn}, {@code
     * ko-rr-hanja}, {@code ko-rr-hangul}), no two sharing their native form or their romanisation (letters only,
     * lower case, words in any order): two persons both romanised "Wang Wei" could not tell a matcher which one was
     * meant.
     */
    List<CjkName> names(int perSystem, long seed) {
        Random rnd = new Random(seed);
        Set<String> natives = new HashSet<>();
        Set<String> latins = new HashSet<>();
        List<CjkName> out = new ArrayList<>();
        for (String system : List.of("zh-pinyin", "zh-wg", "ja-hepburn", "ko-rr-hanja", "ko-rr-hangul")) {
            int made = 0;
            for (int guard = 0; made < perSystem && guard < perSystem * 50; guard++) {
                CjkName name = switch (system) {
                    case "zh-pinyin", "zh-wg" -> chinese(rnd, system);
                    case "ja-hepburn" -> japanese(rnd);
                    default -> korean(rnd, system);
                };
                String key = key(name.latin());
                if (name.native_().isEmpty() || !natives.add(name.native_()) || !latins.add(key)) {
                    continue;
                }
                out.add(name);
                made++;
            }
        }
        return out;
    }

    /** The romanisation's letters, lower case, its words sorted: "Sato Daisuke" and "Daisuke Sato" are one name. */
    private static String key(String latin) {
        return Arrays.stream(latin.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .sorted()
                .collect(Collectors.joining());
    }

    private CjkName chinese(Random rnd, String system) {
        int surname = CHINESE_SURNAMES.codePointAt(rnd.nextInt(CHINESE_SURNAMES.length()));
        int length = rnd.nextInt(10) < 7 ? 2 : 1;
        StringBuilder han = new StringBuilder().appendCodePoint(surname);
        List<String> given = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            int c = CHINESE_GIVEN.codePointAt(rnd.nextInt(CHINESE_GIVEN.length()));
            han.appendCodePoint(c);
            given.add(mandarin(c));
        }
        String family = mandarin(surname);
        if (family.isEmpty() || given.contains("")) {
            return new CjkName("", "", system);
        }
        String latin = system.equals("zh-pinyin")
                ? capital(family) + " " + capital(String.join("", given))
                : capital(wadeGiles(family)) + " "
                        + capital(String.join(
                                "-", given.stream().map(UnihanNames::wadeGiles).toList()));
        return new CjkName(han.toString(), latin, system);
    }

    private static CjkName japanese(Random rnd) {
        String[] family = JAPANESE_SURNAMES[rnd.nextInt(JAPANESE_SURNAMES.length)];
        String[] given = JAPANESE_GIVEN[rnd.nextInt(JAPANESE_GIVEN.length)];
        // Family name first in half of the romanised forms, as Japanese press and the new passport order write it.
        String latin = rnd.nextBoolean() ? given[1] + " " + family[1] : family[1] + " " + given[1];
        return new CjkName(family[0] + given[0], latin, "ja-hepburn");
    }

    private CjkName korean(Random rnd, String system) {
        String[] surname = KOREAN_SURNAMES[rnd.nextInt(KOREAN_SURNAMES.length)];
        StringBuilder hanja = new StringBuilder(surname[1]);
        StringBuilder hangul = new StringBuilder(surname[0]);
        List<String> romanised = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int c = KOREAN_GIVEN.codePointAt(rnd.nextInt(KOREAN_GIVEN.length()));
            String[] r = readings.get(c);
            if (r == null || r[2].isEmpty()) {
                return new CjkName("", "", system);
            }
            String syllable = r[2].split(" ")[0];
            hanja.appendCodePoint(c);
            hangul.append(syllable);
            romanised.add(revisedRomanisation(syllable));
        }
        String latin = surname[2] + " " + capital(String.join("-", romanised));
        return new CjkName(system.equals("ko-rr-hanja") ? hanja.toString() : hangul.toString(), latin, system);
    }

    private String mandarin(int cp) {
        String[] r = readings.get(cp);
        String reading = r == null || r[0].isEmpty() ? "" : r[0].split(" ")[0];
        // ü (written v in the table) has no agreed spelling in names (lü, lu, lyu, lv): such characters are left out.
        return reading.contains("v") ? "" : reading;
    }

    /** One Hangul syllable in the Revised Romanisation, as written in a name (no sound change across syllables). */
    static String revisedRomanisation(String syllable) {
        int s = syllable.charAt(0) - 0xAC00;
        if (syllable.length() != 1 || s < 0 || s >= 11172) {
            throw new IllegalArgumentException("not one Hangul syllable: " + syllable);
        }
        return RR_INITIALS[s / 588] + RR_MEDIALS[(s % 588) / 28] + RR_FINALS[s % 28];
    }

    /**
     * One toneless pinyin syllable in Wade-Giles as names write it (apostrophes and umlauts dropped): the textbook
     * correspondences of initials and finals.
     */
    static String wadeGiles(String pinyin) {
        switch (pinyin) {
            case "zhi", "chi" -> {
                return "chih";
            }
            case "shi" -> {
                return "shih";
            }
            case "ri" -> {
                return "jih";
            }
            case "zi", "ci" -> {
                return "tzu";
            }
            case "si" -> {
                return "ssu";
            }
            case "er" -> {
                return "erh";
            }
            case "you" -> {
                return "yu";
            }
            case "yan" -> {
                return "yen";
            }
            case "ye" -> {
                return "yeh";
            }
            case "yue" -> {
                return "yueh";
            }
            default -> {}
        }
        String[][] initials = {
            {"zh", "ch"},
            {"ch", "ch"},
            {"sh", "sh"},
            {"b", "p"},
            {"p", "p"},
            {"d", "t"},
            {"t", "t"},
            {"g", "k"},
            {"k", "k"},
            {"j", "ch"},
            {"q", "ch"},
            {"x", "hs"},
            {"z", "ts"},
            {"c", "ts"},
            {"r", "j"}
        };
        String initial = "";
        String wgInitial = "";
        for (String[] i : initials) {
            if (pinyin.startsWith(i[0])) {
                initial = i[0];
                wgInitial = i[1];
                break;
            }
        }
        if (initial.isEmpty()) {
            int vowel = 0;
            while (vowel < pinyin.length() && "aeiouv".indexOf(pinyin.charAt(vowel)) < 0) {
                vowel++;
            }
            initial = pinyin.substring(0, vowel);
            wgInitial = initial;
        }
        String fin = pinyin.substring(initial.length());
        fin = switch (fin) {
            case "ian" -> "ien";
            case "ie" -> "ieh";
            case "ue" -> "ueh";
            case "ong" -> "ung";
            case "iong" -> "iung";
            case "ui" -> "uei";
            default -> fin;
        };
        if (fin.equals("e") && (initial.equals("g") || initial.equals("k") || initial.equals("h"))) {
            fin = "o";
        }
        if (fin.equals("uo")
                && (initial.equals("d") || initial.equals("t") || initial.equals("n") || initial.equals("l"))) {
            fin = "o";
        }
        return wgInitial + fin;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Code point → [Mandarin, Cantonese, Hangul, Japanese on, Japanese kun], each space-separated, most usual first. */
    private static Map<Integer, String[]> readings() {
        Map<Integer, String[]> out = new HashMap<>();
        try (InputStream raw = UnihanNames.class.getResourceAsStream("/org/interlink/matching/han-readings.tsv.gz");
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int cp = line.codePointAt(0);
                String[] fields = line.substring(Character.charCount(cp) + 1).split("\t", -1);
                out.put(cp, Arrays.copyOf(fields, 5));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("han-readings.tsv.gz", e);
        }
        out.replaceAll((cp, fields) -> {
            for (int i = 0; i < fields.length; i++) {
                fields[i] = fields[i] == null ? "" : fields[i];
            }
            return fields;
        });
        return out;
    }
}
