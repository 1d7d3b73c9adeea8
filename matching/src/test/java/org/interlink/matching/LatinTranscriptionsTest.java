package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** German, French, Polish, Czech, Turkish and Spanish transcriptions of names from other alphabets. */
class LatinTranscriptionsTest {

    /** Each system's spelling, and the Cyrillic original through its BGN/PCGN romanisation. */
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
            Mikheil Saakashvili | Micheil Saakaschwili
            Mikheil Saakashvili | Mikheïl Saakachvili
            Ter-Petrosyan   | Ter-Petrosjan
            Ter-Petrosyan   | Ter-Petrossian
            Шостакович      | Schostakowitsch
            Шостакович      | Szostakowicz
            Хрущёв          | Chruschtschow
            Ельцин          | Jelzin
            Горбачёв        | Gorbatschow
            Чайковский      | Tschaikowski
            """)
    void readsEachSystemsSpellingAlike(String a, String b) {
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

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource(delimiter = '|', textBlock = """
            shostakovich    | SostakoviC
            schostakowitsch | SostakoviC
            chostakovitch   | SostakoviC
            szostakowicz    | SostakoviC
            khrushchev      | HruSCev
            chruschtschow   | HruSCev
            jruschov        | HruSCev
            jelzin          | eltsin
            eltsine         | eltsin
            jelcyn          | eltsin
            smith           | smit
            """)
    void readsATokenInTheSystemItsSpellingShows(String token, String reading) {
        assertThat(LatinTranscriptions.reading(token)).isEqualTo(reading);
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
