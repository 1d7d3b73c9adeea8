package org.interlink.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Korean names written in Hanja, read in Hangul and romanised as Korean names are really written: the surname by
 * its customary spellings (김 Kim, 이 Lee/Yi/Rhee, 박 Park, 문 Moon…), the given name syllable by syllable in the
 * Revised Romanisation (정은 "jeongeun", 근혜 "geunhye") and in the older spelling without its eo and eu (정은
 * "jongun", as in "Kim Jong Un"). The initial-sound rule of South Korean names is applied to the surname: 李 is read
 * 리 in the north and 이 in the south, and both are tried.
 */
final class KoreanReadings {

    private static final String[] INITIALS = {
        "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"
    };
    private static final String[] VOWELS = {
        "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
        "ui", "i"
    };
    private static final String[] FINALS = {
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
        "t", "t", "k", "t", "p", "t"
    };

    /** Customary spellings of common surnames (the first is the most usual). */
    private static final Map<String, List<String>> SURNAMES = Map.ofEntries(
            Map.entry("김", List.of("kim", "gim")),
            Map.entry("이", List.of("lee", "yi", "rhee", "i")),
            Map.entry("리", List.of("ri", "lee", "rhee")),
            Map.entry("박", List.of("park", "pak", "bak")),
            Map.entry("최", List.of("choi", "choe")),
            Map.entry("정", List.of("jung", "jeong", "chung", "chong")),
            Map.entry("강", List.of("kang", "gang")),
            Map.entry("조", List.of("cho", "jo")),
            Map.entry("윤", List.of("yoon", "yun")),
            Map.entry("장", List.of("jang", "chang")),
            Map.entry("임", List.of("lim", "im", "rim")),
            Map.entry("림", List.of("rim", "lim")),
            Map.entry("한", List.of("han")),
            Map.entry("오", List.of("oh", "o")),
            Map.entry("서", List.of("seo", "suh", "so")),
            Map.entry("신", List.of("shin", "sin")),
            Map.entry("권", List.of("kwon", "gwon")),
            Map.entry("황", List.of("hwang")),
            Map.entry("안", List.of("ahn", "an")),
            Map.entry("송", List.of("song")),
            Map.entry("류", List.of("ryu", "yoo", "yu", "ryoo")),
            Map.entry("유", List.of("yoo", "yu", "ryu")),
            Map.entry("홍", List.of("hong")),
            Map.entry("전", List.of("jeon", "jun", "chun", "chon")),
            Map.entry("고", List.of("ko", "go")),
            Map.entry("문", List.of("moon", "mun")),
            Map.entry("양", List.of("yang")),
            Map.entry("량", List.of("ryang", "yang")),
            Map.entry("손", List.of("son", "sohn")),
            Map.entry("배", List.of("bae", "pae")),
            Map.entry("백", List.of("baek", "paik", "paek")),
            Map.entry("허", List.of("heo", "hur", "huh", "ho")),
            Map.entry("남", List.of("nam")),
            Map.entry("노", List.of("noh", "roh", "no")),
            Map.entry("로", List.of("ro", "roh")),
            Map.entry("하", List.of("ha")),
            Map.entry("곽", List.of("kwak", "gwak")),
            Map.entry("성", List.of("sung", "seong")),
            Map.entry("차", List.of("cha")),
            Map.entry("주", List.of("joo", "ju", "chu")),
            Map.entry("우", List.of("woo", "u")),
            Map.entry("구", List.of("koo", "ku", "gu")),
            Map.entry("민", List.of("min")),
            Map.entry("나", List.of("na", "ra")),
            Map.entry("라", List.of("ra", "na")),
            Map.entry("진", List.of("jin", "chin")),
            Map.entry("지", List.of("ji", "chi")),
            Map.entry("엄", List.of("um", "eom")),
            Map.entry("채", List.of("chae")),
            Map.entry("원", List.of("won")),
            Map.entry("천", List.of("cheon", "chun")),
            Map.entry("방", List.of("bang", "pang")),
            Map.entry("공", List.of("kong", "gong")),
            Map.entry("현", List.of("hyun", "hyeon")),
            Map.entry("함", List.of("ham")),
            Map.entry("변", List.of("byun", "byeon", "pyon")),
            Map.entry("염", List.of("yeom", "yum")),
            Map.entry("여", List.of("yeo", "yuh")),
            Map.entry("추", List.of("choo", "chu")),
            Map.entry("도", List.of("do", "doh")),
            Map.entry("석", List.of("seok", "suk")),
            Map.entry("선", List.of("sun", "seon")),
            Map.entry("설", List.of("seol", "sul")),
            Map.entry("길", List.of("gil", "kil")),
            Map.entry("연", List.of("yeon", "yun")),
            Map.entry("표", List.of("pyo")),
            Map.entry("명", List.of("myung", "myeong")),
            Map.entry("기", List.of("ki", "gi")),
            Map.entry("반", List.of("ban", "pan")),
            Map.entry("금", List.of("keum", "geum")),
            Map.entry("육", List.of("yook", "yuk")),
            Map.entry("국", List.of("kook", "guk")),
            Map.entry("황보", List.of("hwangbo")),
            Map.entry("남궁", List.of("namgoong", "namgung")),
            Map.entry("제갈", List.of("jegal")),
            Map.entry("선우", List.of("sunwoo", "seonu")),
            Map.entry("독고", List.of("dokgo")));

    private KoreanReadings() {}

    /** The Hangul reading of Hanja, one syllable per character (the personal-name reading first), or null. */
    static String hangul(String hanja) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hanja.length(); ) {
            int cp = hanja.codePointAt(i);
            String h = HanReadings.first(cp, HanReadings.HANGUL);
            if (h == null) {
                return null;
            }
            out.append(h);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The South Korean form of a name's first syllable: ㄹ becomes ㅇ before i or y and ㄴ otherwise, ㄴ before i or y ㅇ. */
    static String initialSoundRule(String hangul) {
        if (hangul.isEmpty()) {
            return hangul;
        }
        int s = hangul.charAt(0) - 0xAC00;
        if (s < 0 || s >= 11172) {
            return hangul;
        }
        int initial = s / 588;
        int vowel = (s % 588) / 28;
        int fin = s % 28;
        boolean iOrY =
                vowel == 2 || vowel == 3 || vowel == 6 || vowel == 7 || vowel == 12 || vowel == 17 || vowel == 20;
        int changed = initial;
        if (initial == 5) {
            changed = iOrY ? 11 : 2;
        } else if (initial == 2 && iOrY) {
            changed = 11;
        }
        return (char) (0xAC00 + changed * 588 + vowel * 28 + fin) + hangul.substring(1);
    }

    /** The customary Latin spellings of a Hangul surname; the Revised Romanisation when it is not listed. */
    static List<String> surname(String hangul) {
        List<String> out = new ArrayList<>();
        for (String form : List.of(hangul, initialSoundRule(hangul))) {
            for (String s : SURNAMES.getOrDefault(form, List.of(revised(form)))) {
                if (!out.contains(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** Revised Romanisation syllable by syllable, without sound changes across syllables, as names are romanised. */
    static String revised(String hangul) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < hangul.length(); i++) {
            int s = hangul.charAt(i) - 0xAC00;
            if (s < 0 || s >= 11172) {
                continue;
            }
            out.append(INITIALS[s / 588]).append(VOWELS[(s % 588) / 28]).append(FINALS[s % 28]);
        }
        return out.toString();
    }

    /** The older spelling of a given name: the Revised Romanisation without the e of eo and eu (정은 "jongun"). */
    static String older(String revised) {
        return revised.replace("eo", "o").replace("eu", "u");
    }
}
