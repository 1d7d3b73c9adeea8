package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MrzPropertiesTest {

    @Property(tries = 2_000)
    void readingNeverThrowsAnythingButMrzException(@ForAll("zones") String raw) {
        assertThatCode(() -> {
                    try {
                        Mrz.read(raw);
                        Mrz.parse(raw);
                    } catch (MrzException expected) {
                        // the declared failure
                    }
                })
                .doesNotThrowAnyException();
    }

    @Property(tries = 500)
    void arbitraryTextNeverThrowsAnythingButMrzException(@ForAll String raw) {
        assertThatCode(() -> {
                    try {
                        Mrz.read(raw);
                    } catch (MrzException expected) {
                        // the declared failure
                    }
                })
                .doesNotThrowAnyException();
    }

    /** Random zones of the right shapes, so that parsing gets past the line checks into every field. */
    @Provide
    Arbitrary<String> zones() {
        Arbitrary<String> td3Line = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<")
                .ofLength(44);
        Arbitrary<String> td2Line = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<")
                .ofLength(36);
        Arbitrary<String> td1Line = Arbitraries.strings()
                .withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<<<<<<")
                .ofLength(30);
        Arbitrary<String> mutated = Arbitraries.of(MrzTest.TD3, MrzTest.TD1, MrzTest.TD2, MrzTest.MRV_A, MrzTest.MRV_B)
                .flatMap(base -> Arbitraries.integers()
                        .between(0, base.length() - 1)
                        .flatMap(at -> Arbitraries.chars()
                                .with("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<\n ")
                                .map(c -> base.substring(0, at) + c + base.substring(at + 1))));
        return Arbitraries.oneOf(
                td3Line.list().ofSize(2).map(l -> String.join("\n", l)),
                td2Line.list().ofSize(2).map(l -> String.join("\n", l)),
                td1Line.list().ofSize(3).map(l -> String.join("\n", l)),
                mutated);
    }
}
