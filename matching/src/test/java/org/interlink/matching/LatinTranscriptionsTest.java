package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German, French, Polish, Czech, Turkish and Spanish transcriptions of names from other alphabets. */
class LatinTranscriptionsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Shostakovich    | Schostakowitsch
            Shostakovich    | Chostakovitch
            Shostakovich    | Szostakowicz
            Shostakovich    | Šostakovič
            Shostakovich    | Şostakoviç
            Shostakovich    | Shostakóvich
            Khrushchev      | Chruschtschow
            Khrushchev      | Khrouchtchev
            Khrushchev      | Chruszczow
            Khrushchev      | Chruščov
            Khrushchev      | Jruschov
            Tchaikovsky     | Tschaikowski
            Tchaikovsky     | Czajkowski
            Tchaikovsky     | Čajkovskij
            Gorbachev       | Gorbatschow
            Gorbachev       | Gorbatchev
            Gorbachev       | Gorbaczow
            Yeltsin         | Jelzin
            Yeltsin         | Eltsine
            Yeltsin         | Jelcyn
            Dzhugashvili    | Dschugaschwili
            Dzhugashvili    | Djougachvili
            Dzhugashvili    | Dżugaszwili
            Kadyrov         | Kadyrow
            Gaddafi         | Ghaddafi
            Gaddafi         | Kadhafi
            Gaddafi         | Gadafi
            Gaddafi         | Kaddafi
            Gaddafi         | Qaddafi
            Mao Tse-tung    | Mao Tsé-toung
            Mao Tse-tung    | Mao Zedong
            Mao Tse-tung    | Mao Ce-tung
            Chiang Kai-shek | Tschiang Kai-schek
            Chiang Kai-shek | Czang Kaj-szek
            Jamal           | Djamal
            Khalil          | Chalil
            Mikheil Saakashvili | Micheil Saakaschwili
            Mikheil Saakashvili | Mikheïl Saakachvili
            Mikheil Saakashvili | Michaił Saakaszwili
            Ter-Petrosyan   | Ter-Petrosjan
            Ter-Petrosyan   | Ter-Petrossian
            """)
    void readsEachSystemsSpellingAlike(String a, String b) {
        assertThat(Names.similarity(a, b)).isGreaterThanOrEqualTo(Parameters.HIT_THRESHOLD);
    }

    /** Turkish writes the vowels it hears: Cemal for Jamal differs in a vowel as well as in the c. */
    @Test
    void readsTurkishCAsJ() {
        assertThat(Names.similarity("Jamal", "Cemal")).isGreaterThanOrEqualTo(Parameters.POSSIBLE_THRESHOLD);
        assertThat(Names.similarity("Jamal Ahmed", "Cemal Ahmet"))
                .isGreaterThanOrEqualTo(Parameters.POSSIBLE_THRESHOLD);
    }

    /** Cyrillic originals meet the other systems through their BGN romanisation. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Шостакович | Schostakowitsch
            Шостакович | Szostakowicz
            Хрущёв     | Chruschtschow
            Ельцин     | Jelzin
            Горбачёв   | Gorbatschow
            Чайковский | Tschaikowski
            """)
    void readsCyrillicAgainstOtherSystems(String a, String b) {
        assertThat(Names.similarity(a, b)).isGreaterThanOrEqualTo(Parameters.HIT_THRESHOLD);
    }

    /** Names of one language that differ keep differing: the readings never merge distinct names. */
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Schmidt         | Schulz
            Sasha           | Masha
            Czech           | Chase
            Wagner          | Werner
            Jan Kowalski    | Jan Nowak
            Ivan Petrov     | Ivan Sidorov
            Chavez          | Sanchez
            Kadyrov         | Kadirli
            """)
    void keepsDifferentNamesApart(String a, String b) {
        assertThat(Names.similarity(a, b)).isLessThan(Parameters.HIT_THRESHOLD);
    }

    @Test
    void readsATokenOncePerSystem() {
        assertThat(LatinTranscriptions.readings("schostakowitsch")).contains("SostakoviC");
        assertThat(LatinTranscriptions.readings("shostakovich")[0]).isEqualTo("SostakoviC");
        assertThat(List.of(LatinTranscriptions.readings("smith"))).hasSizeLessThanOrEqualTo(2);
    }

    /** The index finds a German or Polish spelling of a Russian name among distractors. */
    @Test
    void findsAnotherSystemsSpellingInTheIndex() {
        PersonIndex index = PersonIndexTest.withDistractors(5_000, 5);
        index.put(new PersonEntry("shostakovich", List.of("Dmitri Dmitrievich Shostakovich")));
        index.put(new PersonEntry("khrushchev", List.of("Nikita Sergeyevich Khrushchev")));

        assertThat(index.search(new PersonQuery("Dmitri Schostakowitsch"), 1, Parameters.POSSIBLE_THRESHOLD))
                .extracting(PersonMatch::id)
                .containsExactly("shostakovich");
        assertThat(index.search(new PersonQuery("Nikita Chruszczow"), 1, Parameters.POSSIBLE_THRESHOLD))
                .extracting(PersonMatch::id)
                .containsExactly("khrushchev");
    }
}
