package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Han names split into surname and given name and read as the other name needs (HanNames). */
class HanNamesTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            习近平   | Xi Jinping
            习近平   | Xi Jin-ping
            习近平   | Jinping Xi
            习近平   | Xijinping
            習近平   | XI Jinping
            蔣經國   | Chiang Ching-kuo
            蔣經國   | Jiang Jingguo
            李白     | Li Bai
            李白     | Li Po
            毛泽东   | Mao Tse-tung
            毛泽东   | Mao Zedong
            欧阳修   | Ouyang Xiu
            諸葛亮   | Zhuge Liang
            司马迁   | Sima Qian
            李小龍   | Lee Siu-lung
            陳港生   | Chan Kong-sang
            梁朝偉   | Leung Chiu-wai
            周潤發   | Chow Yun-fat
            張學友   | Cheung Hok-yau
            劉德華   | Lau Tak-wah
            吳宇森   | Ng Yu-sum
            黃大仙   | Wong Tai-sin
            金正恩   | Kim Jong Un
            金正恩   | Kim Jong-un
            金正恩   | 김정은
            朴槿惠   | Park Geun-hye
            文在寅   | Moon Jae-in
            文在寅   | 문재인
            李明博   | Lee Myung-bak
            安倍晋三 | Abe Shinzo
            安倍晋三 | Shinzo Abe
            山田太郎 | Yamada Taro
            山田太郎 | YAMADA Tarou
            村上春樹 | Murakami Haruki
            小泉純一郎 | Koizumi Junichiro
            山田太郎 | ヤマダ タロウ
            山田たろう | Yamada Taro
            """)
    void hanNameMatchesItsReadingsAtHit(String han, String other) {
        assertThat(Names.similarity(han, other))
                .as(Names.explainSimilarity(han, other))
                .isGreaterThanOrEqualTo(Parameters.HIT_THRESHOLD);
    }

    @ParameterizedTest(name = "{0} = {1} = {2}")
    @CsvSource(delimiter = '|', textBlock = """
            弗拉基米尔普京       | 弗拉基米尔·普京       | Vladimir Putin
            ウラジーミルプーチン   | ウラジーミル・プーチン  | Vladimir Putin
            アンゲラメルケル      | アンゲラ・メルケル     | Angela Merkel
            ドナルドトランプ      | ドナルド・トランプ     | Donald Trump
            ヴィクトルツェッペリン | ヴィクトル・ツェッペリン | Viktor Zeppelin
            唐纳德特朗普         | 唐纳德·特朗普         | Donald Trump
            블라디미르푸틴        | 블라디미르 푸틴        | Vladimir Putin
            도널드트럼프         | 도널드 트럼프         | Donald Trump
            """)
    void foreignNameWithoutItsDotMatchesInAnySplit(String run, String dotted, String latin) {
        assertThat(Names.similarity(run, latin))
                .as(Names.explainSimilarity(run, latin))
                .isGreaterThanOrEqualTo(Names.similarity(dotted, latin))
                .isGreaterThanOrEqualTo(Parameters.POSSIBLE_THRESHOLD - 0.05);
    }

    @Test
    void aNameWrittenInTwoPartsIsChineseOnlyWhenTheFirstIsASurname() {
        assertThat(Names.similarity("习 近平", "Xi Jinping")).isEqualTo(1.0);
        // A foreign name in two parts (Haver Dusen): not read as surname 希化 and given name 杜森.
        assertThat(Names.explainSimilarity("希化 杜森", "Ssooeni Omi Deshene")).doesNotStartWith("read in");
        assertThat(Names.similarity("希化 杜森", "Ssooeni Omi Deshene"))
                .isLessThan(Names.similarity("希化 杜森", "Haver Dusen"));
    }

    @Test
    void simplifiedAndTraditionalCharactersAreOneName() {
        assertThat(Names.similarity("习近平", "習近平")).isEqualTo(1.0);
        assertThat(Names.similarity("蒋经国", "蔣經國")).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            李明     | 王明
            张伟明   | 张伟
            李明     | 李敏
            王芳     | 王方
            陈静     | 陈晶
            李明     | 김민
            李明     | לי מינג
            李白     | Li Pei
            """)
    void differentShortHanNamesDoNotHit(String a, String b) {
        assertThat(Names.similarity(a, b)).as(Names.explainSimilarity(a, b)).isLessThan(Parameters.HIT_THRESHOLD);
    }

    /**
     * A reading is one of many the characters allow: one that comes near an unrelated name, but does not give it, is no
     * HIT (pairs a demo population of 10,000 made-up persons turned up).
     */
    @ParameterizedTest(name = "{0} != {1}")
    @CsvSource(delimiter = '|', textBlock = """
            이영숙            | 梁子豪
            오미경            | 鈴木浩
            이영철            | 林陽菜
            정민서            | 井上茂
            Takashi KOBAYASHI | 小林健太
            Takeshi ISHIKAWA  | 石川健太
            Yoko MORI         | 森美香
            Koji KIMURA       | 木村紀子
            """)
    void aReadingThatOnlyComesNearAnotherNameDoesNotHit(String a, String b) {
        assertThat(Names.similarity(a, b)).as(Names.explainSimilarity(a, b)).isLessThan(Parameters.HIT_THRESHOLD);
    }

    @Test
    void noTwoDifferentCommonTwoAndThreeCharacterNamesHit() {
        List<String> names = List.of(
                "李明", "王明", "张伟", "王伟", "李伟", "刘洋", "王洋", "李娜", "王娜", "张敏", "李敏", "陈杰", "张杰", "王芳", "李芳", "张伟明", "王伟明",
                "李建国", "张建国", "刘建华", "王建华", "陈晓明", "李晓明");
        for (String a : names) {
            for (String b : names) {
                if (!a.equals(b)) {
                    assertThat(Names.similarity(a, b))
                            .as(a + " / " + b + ": " + Names.explainSimilarity(a, b))
                            .isLessThan(Parameters.HIT_THRESHOLD);
                }
            }
        }
    }

    @Test
    void readingsFollowTheOtherNamesForm() {
        assertThat(Names.explainSimilarity("蔣經國", "Chiang Ching-kuo")).startsWith("read in Wade-Giles");
        assertThat(Names.explainSimilarity("陳港生", "Chan Kong-sang")).startsWith("read in Cantonese");
        assertThat(Names.explainSimilarity("文在寅", "Moon Jae-in")).startsWith("read in Korean");
        assertThat(Names.explainSimilarity("习近平", "Xi Jinping")).startsWith("read in Mandarin");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            jiang | chiang
            jing  | ching
            guo   | kuo
            ze    | tse
            dong  | tung
            xi    | hsi
            zhi   | chih
            si    | ssu
            zi    | tzu
            ri    | jih
            bai   | pai
            qing  | ching
            lian  | lien
            xue   | hsueh
            ge    | ko
            """)
    void wadeGilesFromPinyin(String pinyin, String wadeGiles) {
        assertThat(WadeGiles.of(pinyin)).isEqualTo(wadeGiles);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            can   | chan
            wong  | wong
            zoeng | cheung
            lau   | lau
            ng    | ng
            lei   | lee
            zau   | chow
            loeng | leung
            ceoi  | tsui
            jip   | yip
            syun  | suen
            gwok  | kwok
            """)
    void hongKongSpellingFromJyutping(String jyutping, String hk) {
        assertThat(CantoneseHk.of(jyutping)).isEqualTo(hk);
    }
}
