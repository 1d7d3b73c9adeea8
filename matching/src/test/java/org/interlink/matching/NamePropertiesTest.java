package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NamePropertiesTest {

    @Property(tries = 300)
    void aNameMatchesItselfAfterAnyReorderingOfItsTokens(@ForAll("names") List<String> tokens, @ForAll long seed) {
        List<String> shuffled = new ArrayList<>(tokens);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(Names.similarity(String.join(" ", tokens), String.join(" ", shuffled)))
                .isEqualTo(1.0);
    }

    @Property(tries = 300)
    void similarityIsSymmetricAndInRange(@ForAll("names") List<String> a, @ForAll("names") List<String> b) {
        String x = String.join(" ", a);
        String y = String.join(" ", b);
        double s = Names.similarity(x, y);
        assertThat(s).isBetween(0.0, 1.0).isEqualTo(Names.similarity(y, x));
    }

    @Property(tries = 200)
    void anyUnicodeNameMatchesItself(@ForAll("unicodeNames") String name) {
        if (!Names.normalise(name).isEmpty()) {
            assertThat(Names.similarity(name, name)).isEqualTo(1.0);
        }
    }

    @Provide
    Arbitrary<List<String>> names() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10),
                Arbitraries.of("vladimir", "putin", "muhammad", "ali", "abdel", "hamid", "van", "der", "bin", "li"),
                Arbitraries.strings().withCharRange('а', 'я').ofMinLength(2).ofMaxLength(8));
        return token.list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> unicodeNames() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20);
    }
}
