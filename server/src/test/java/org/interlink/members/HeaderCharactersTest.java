package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The scan gives the verdicts of the regular expressions it replaces (Spring Security's StrictHttpFirewall). */
class HeaderCharactersTest {

    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Property(tries = 5_000)
    void sameVerdictsOnAnyText(@ForAll @StringLength(max = 40) String text) {
        assertThat(HeaderCharacters.allowedName(text))
                .isEqualTo(NAMES.matcher(text).matches());
        assertThat(HeaderCharacters.allowedValue(text))
                .isEqualTo(VALUES.matcher(text).matches());
    }

    @Property(tries = 5_000)
    void sameVerdictsNearTheBoundaries(
            @ForAll
                    @StringLength(max = 12)
                    @CharRange(from = 0, to = 0xFF)
                    @Chars({'\u0378', '\u0379', '\uD800', '\uDBFF', '\uDC00', '\uFFFF', '\u200B', '\u00AD'})
                    String text) {
        assertThat(HeaderCharacters.allowedName(text))
                .isEqualTo(NAMES.matcher(text).matches());
        assertThat(HeaderCharacters.allowedValue(text))
                .isEqualTo(VALUES.matcher(text).matches());
    }

    @Test
    void examples() {
        assertThat(HeaderCharacters.allowedValue("Bearer eyJhbGciOi.x-y_z~+/=")).isTrue();
        assertThat(HeaderCharacters.allowedValue("a\tb")).isTrue();
        assertThat(HeaderCharacters.allowedName("a\tb")).isFalse();
        assertThat(HeaderCharacters.allowedValue("a\u0085b")).isFalse(); // C1 control, as ISO-8859-1 bytes arrive
        assertThat(HeaderCharacters.allowedValue("a\u0000b")).isFalse();
        assertThat(HeaderCharacters.allowedValue("\u0378")).isFalse(); // unassigned
        assertThat(HeaderCharacters.allowedValue("Zoë 東京 😀")).isTrue();
        assertThat(HeaderCharacters.allowedValue("")).isTrue();
    }
}
