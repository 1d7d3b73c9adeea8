package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The index finds Han names by their readings and Latin names by a Han query's readings (BlockingKeys, HanNames). */
class HanNamesIndexTest {

    private static PersonIndex indexWith(String id, String name) {
        PersonIndex index = new PersonIndex();
        Random rnd = new Random(21);
        for (int i = 0; i < 20_000; i++) {
            index.put(new PersonEntry("d" + i, List.of(PersonIndexTest.randomName(rnd))));
        }
        // Other Chinese names, so that a Han record is not alone in its script.
        String[] han = {"王伟", "李娜", "张敏", "刘洋", "陈杰", "杨静", "黄磊", "赵强", "周涛", "吴刚", "蒋介石", "陈冲"};
        for (int i = 0; i < han.length; i++) {
            index.put(new PersonEntry("h" + i, List.of(han[i])));
        }
        index.put(new PersonEntry(id, List.of(name)));
        return index;
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Chiang Ching-kuo | 蔣經國
            Jiang Jingguo    | 蔣經國
            Chan Kong-sang   | 陳港生
            Kim Jong Un      | 金正恩
            김정은            | 金正恩
            Park Geun-hye    | 朴槿惠
            Abe Shinzo       | 安倍晋三
            Murakami Haruki  | 村上春樹
            Li Po            | 李白
            Mao Tse-tung     | 毛泽东
            蔣經國            | Chiang Ching-kuo
            陳港生            | Chan Kong-sang
            金正恩            | Kim Jong-un
            文在寅            | Moon Jae-in
            李小龍            | Lee Siu-lung
            山田太郎          | Yamada Taro
            """)
    void findsTheNameByItsReading(String query, String indexed) {
        PersonIndex index = indexWith("target", indexed);

        List<PersonMatch> matches = index.search(new PersonQuery(query), 1, 0.0);

        assertThat(matches).extracting(PersonMatch::id).containsExactly("target");
        assertThat(matches.getFirst().verdict()).isEqualTo(Verdict.HIT);
    }

    /** A foreign name written as one run of syllables finds its Latin form through the keys of its two parts. */
    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            弗拉基米尔普京     | Vladimir Putin
            ドナルドトランプ    | Donald Trump
            블라디미르푸틴      | Vladimir Putin
            アンゲラメルケル    | Angela Merkel
            """)
    void findsAForeignNameWrittenAsOneRun(String query, String indexed) {
        PersonIndex index = indexWith("target", indexed);

        List<PersonMatch> matches = index.search(new PersonQuery(query), 1, 0.0);

        assertThat(matches).extracting(PersonMatch::id).containsExactly("target");
        assertThat(matches.getFirst().score()).isGreaterThanOrEqualTo(Parameters.POSSIBLE_THRESHOLD);
    }

    /**
     * A nationality calls for its reading where the other name's form does not show it: "Shinzoh" is no Japanese
     * syllable run, "Chen" no Cantonese surname spelling.
     */
    @ParameterizedTest(name = "{0} ({1}) finds {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Abe Shinzoh       | JP | 安倍晋三
            Yamada Tarow      | JP | 山田太郎
            Li Siu-lung       | HK | 李小龍
            """)
    void aNationalityCallsForItsReading(String query, String nationality, String indexed) {
        PersonIndex index = indexWith("target", indexed);
        List<PersonMatch> without = index.search(new PersonQuery(query), 1, 0.0);

        index.put(new PersonEntry("target", List.of(indexed), null, java.util.Set.of(nationality), null));
        List<PersonMatch> withNationality = index.search(new PersonQuery(query, null, nationality, null), 1, 0.0);

        assertThat(without).noneMatch(m -> m.id().equals("target") && m.verdict() == Verdict.HIT);
        assertThat(withNationality).extracting(PersonMatch::id).containsExactly("target");
        assertThat(withNationality.getFirst().verdict()).isEqualTo(Verdict.HIT);
    }
}
