package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Arabic, Persian and Urdu names read as structures, in Arabic script and in their Latin forms. */
class ArabicNamesTest {

    /**
     * Theophoric names, kunyas and ad-Din compounds: each token is spelled as its name part's unit, and a part written
     * as two words keeps them ("abd", "abu" and "din" are words the comparison joins to their neighbour).
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Abd al-Aziz                  | abd aziz
            Abdul Aziz                   | abd aziz
            Abd-ul-Aziz                  | abd aziz
            Abdelaziz                    | abdaziz
            Abdulaziz                    | abdaziz
            Abdurrahman                  | abdrahman
            Abderrahmane                 | abdrahman
            Abd Allah                    | abd allah
            Abdullah                     | abdallah
            Abdallah                     | abdallah
            Abdellah                     | abdallah
            Abdulla                      | abdallah
            Abdollah                     | abdallah
            Abu Bakr al-Baghdadi         | abu bakr baghdadi
            Abou Bakr Al Baghdadi        | abu bakr baghdadi
            Abu Bakr Albaghdadi          | abu bakr baghdadi
            Abubakr Albaghdadi           | abubakr baghdadi
            Abul Hasan                   | abu hasan
            Umm Kulthum                  | umm kulthum
            Salah ad-Din                 | salah din
            Salah ud-Din                 | salah din
            Salah Uddin                  | salah din
            Salahuddin                   | salahdin
            Salaheddine                  | salahdin
            Nureddin                     | nurdin
            Usama bin Muhammad bin Laden | usama muhammad laden
            Mohamed Ould Abdel Aziz      | mohamed abd aziz
            Alberto Alessandri           | alberto alessandri
            """)
    void spellsEachTokenAsItsNamePartsUnit(String name, String tokens) {
        assertThat(Names.normalise(name).latin()).isEqualTo(tokens);
    }

    /** The Latin forms of one compound name part compare as one unit. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Abd al-Aziz              | Abdulaziz
            Abdul Aziz               | Abdelaziz
            Abd-ul-Aziz              | Abdel Aziz
            Abd al-Rahman            | Abdurrahman
            Abd ar-Rahman            | Abd al-Rahman
            Abd Allah                | Abdullah
            Abd Allah                | Abdellah
            Abu Bakr                 | Abubakr
            Abu Bakr                 | Abou Bakr
            Salah ad-Din             | Salahuddin
            Salah ad-Din             | Salaheddine
            Nur al-Din               | Nureddin
            """)
    void comparesTheFormsOfOneCompoundAsOneUnit(String a, String b) {
        assertThat(Names.similarity(a, b)).isGreaterThanOrEqualTo(0.97);
    }

    /** Letter variants, marks, tatweel, ZWNJ and the attached article romanise alike. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            عبد العزيز        | عبدالعزيز
            أسامة             | اسامه
            إبراهيم            | ابراهيم
            آمنة              | امنه
            مصطفى            | مصطفي
            علی               | علي
            کریم              | كريم
            فاطمہ             | فاطمه
            مُحَمَّد            | محمد
            محـــمد           | محمد
            عبد‌الله           | عبدالله
            ٱلبغدادي          | البغدادي
            """)
    void writesLetterVariantsOneWay(String a, String b) {
        assertThat(Names.normalise(a).tokens()).isEqualTo(Names.normalise(b).tokens());
    }

    @Test
    void splitsTheAttachedArticleAndReadsStructuralWords() {
        assertThat(Names.normalise("أبو بكر البغدادي").latin()).isEqualTo("abu bkr bghdady");
        assertThat(Names.normalise("عبد العزيز بوتفليقة").latin()).isEqualTo("abd azyz bwtflyqa");
        assertThat(Names.normalise("عبدالعزيز").latin()).isEqualTo("abd azyz");
        assertThat(Names.normalise("صلاح الدين").latin()).isEqualTo("slah din");
        assertThat(Names.normalise("عبدالله").latin()).isEqualTo("abd allah");
        assertThat(Names.normalise("أسامة بن لادن").latin()).isEqualTo("asama ladn");
        // Ain inside a word was romanised as ʿ, which split the token: "s wd".
        assertThat(Names.normalise("سعود").latin()).isEqualTo("sawd");
        assertThat(Names.normalise("جعفر").latin()).isEqualTo("jafr");
        // Titles: ملا, الشيخ.
        assertThat(Names.normalise("ملا محمد عمر").latin()).isEqualTo("mhmd amr");
        assertThat(Names.normalise("الشيخ أحمد ياسين").latin()).isEqualTo("ahmd yasyn");
    }

    /** The vectors: true matches across script reach HIT. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            عبد العزيز بوتفليقة      | Abdelaziz Bouteflika
            عبد العزيز بوتفليقة      | Abdul Aziz Bouteflika
            أبو بكر البغدادي         | Abu Bakr al-Baghdadi
            أبو بكر البغدادي         | Abubakr Albaghdadi
            محمد عبد الرحمن          | Muhammad Abd al-Rahman
            عبد الله                 | Abdullah
            صلاح الدين الأيوبي        | Salah ad-Din al-Ayyubi
            Abd al-Aziz al-Saud      | Abdulaziz Al Saud
            Salahuddin               | Saladin
            عبدالعزيز آل سعود         | Abdulaziz al Saud
            جعفر                     | Jafar
            الشيخ أحمد ياسين           | Ahmed Yassin
            پرویز مشرف               | Pervez Musharraf
            گلبدین حکمتیار            | Gulbuddin Hekmatyar
            محمود احمدی‌نژاد           | Mahmoud Ahmadinejad
            محمد عبد الرحمن          | Mohamed Abd al-Rahman
            Abdul Aziz Mansour       | Abdulaziz Mansour Ali
            Salah ad-Din             | Salaheddine
            Nur al-Din Zengi         | Nureddin Zengi
            Abd Allah                | Abdellah
            Abu Bakr al-Baghdadi     | Abou Bakr el-Baghdadi
            """)
    void matchesTheLatinFormsOfAnArabicName(String a, String b) {
        assertThat(Names.similarity(a, b)).isGreaterThanOrEqualTo(Parameters.HIT_THRESHOLD);
    }

    /**
     * Alerts, at least POSSIBLE: a short form dropping the nasab chain's middle names (they still pay the omission
     * penalty); a vowel-less romanisation against a compound written as one word ("abd" + "rhmn" against "abdrahman",
     * whose skeletons differ in the n Arabic writes next to the m); a compound in two words and in one at equal token
     * counts with one part missing.
     */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            أسامة بن محمد بن عوض بن لادن | Usama bin Laden
            أسامة بن محمد بن عوض بن لادن | Osama Bin Laden
            محمد عبد الرحمن              | Mohamed Abderrahmane
            Abu Bakr Baghdadi            | Abubakr Ibrahim Baghdadi
            """)
    void alertsOnShortAndJoinedForms(String a, String b) {
        assertThat(Names.similarity(a, b)).isGreaterThanOrEqualTo(Parameters.POSSIBLE_THRESHOLD);
    }

    /** Different theophoric names and different kunyas stay apart: the unit is compared, not its "abd" or "abu". */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Abdul Aziz Mansour       | Abdul Rahman Mansour
            Abu Bakr al-Baghdadi     | Abu Omar al-Shishani
            Abdullah Yusuf           | Abdul Karim Yusuf
            Salah ad-Din Ahmed       | Nur al-Din Ahmed
            """)
    void keepsDifferentCompoundsApart(String a, String b) {
        assertThat(Names.similarity(a, b)).isLessThan(Parameters.HIT_THRESHOLD);
    }

    /**
     * A query of three parts of a five-part name ranks the list's five-part entry first, above a record made of two of
     * the query's common parts.
     */
    @Test
    void ranksTheFullEntryAboveAShortRecordOfCommonParts() {
        PersonIndex index = PersonIndexTest.withDistractors(2_000, 3);
        index.put(new PersonEntry("short", List.of("Muhammad Abdullah")));
        index.put(new PersonEntry(
                "full",
                List.of(
                        "Abd al-Rahman Muhammad Abdullah Salih al-Baghdadi",
                        "عبد الرحمن محمد عبد الله صالح البغدادي")));

        List<PersonMatch> found = index.search(new PersonQuery("عبدالرحمن محمد عبدالله"), 5, 0.0);

        assertThat(found).extracting(PersonMatch::id).startsWith("full");
        assertThat(Set.of("short"))
                .isSubsetOf(found.stream().map(PersonMatch::id).toList());
    }
}
