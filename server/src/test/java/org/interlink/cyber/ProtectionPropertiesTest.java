package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;

/** TLP and the restriction together, over random viewers, owners, restrictions and sets of markings. */
class ProtectionPropertiesTest {

    static final String[] BUREAUS = {"FR", "DE", "US", "IT", "GS"};

    /** docs/CYBER.md's table, written out again: who besides the owner may see an object under one marking. */
    static boolean tableAllows(Viewer viewer, String owner, Restriction restriction, Tlp marking) {
        boolean named = restriction.audience() == Audience.ONLY
                && restriction.countries().contains(viewer.bureau());
        boolean policy = viewer.isGeneralSecretariat()
                || (viewer.clearance().compareTo(restriction.classification()) >= 0
                        && switch (restriction.audience()) {
                            case ALL -> true;
                            case ONLY -> named;
                            case EXCEPT -> !restriction.countries().contains(viewer.bureau());
                        });
        return policy
                && switch (marking) {
                    case CLEAR, GREEN -> true;
                    case AMBER -> named || viewer.isGeneralSecretariat();
                    case RED -> named;
                    case AMBER_STRICT -> false;
                };
    }

    /** What the oracle says: the owner, or someone every marking allows. */
    static boolean oracle(Viewer viewer, String owner, Restriction restriction, List<Tlp> markings) {
        if (viewer.bureau().equals(owner)) {
            return true;
        }
        boolean all = tableAllows(viewer, owner, restriction, Tlp.CLEAR);
        for (Tlp marking : markings) {
            all &= tableAllows(viewer, owner, restriction, marking);
        }
        return all;
    }

    static Protection protection(String owner, Restriction restriction, List<Tlp> markings) {
        return new Protection(owner, restriction, markings.stream().reduce(Tlp.CLEAR, Tlp::and));
    }

    @Property(tries = 5_000)
    void agreesWithTheTableForEverySetOfMarkings(
            @ForAll("viewers") Viewer viewer,
            @ForAll("owners") String owner,
            @ForAll("restrictions") Restriction restriction,
            @ForAll("markings") List<Tlp> markings) {
        assertThat(protection(owner, restriction, markings).maySee(viewer))
                .isEqualTo(oracle(viewer, owner, restriction, markings));
    }

    @Property(tries = 2_000)
    void redIsNeverSeenByAnyoneNotNamed(
            @ForAll("viewers") Viewer viewer,
            @ForAll("owners") String owner,
            @ForAll("restrictions") Restriction restriction,
            @ForAll("markings") List<Tlp> others) {
        List<Tlp> markings = new java.util.ArrayList<>(others);
        markings.add(Tlp.RED);
        boolean named = restriction.audience() == Audience.ONLY
                && restriction.countries().contains(viewer.bureau());
        if (protection(owner, restriction, markings).maySee(viewer)) {
            assertThat(viewer.bureau().equals(owner) || named).isTrue();
        }
    }

    @Property(tries = 1_000)
    void amberStrictIsTheOwnersAlone(
            @ForAll("viewers") Viewer viewer,
            @ForAll("owners") String owner,
            @ForAll("restrictions") Restriction restriction) {
        assertThat(new Protection(owner, restriction, Tlp.AMBER_STRICT).maySee(viewer))
                .isEqualTo(viewer.bureau().equals(owner));
    }

    @Provide
    Arbitrary<Viewer> viewers() {
        return Combinators.combine(Arbitraries.of(BUREAUS), Arbitraries.of(Classification.class))
                .as((bureau, clearance) -> new Viewer("t", bureau, Set.of("OFFICER"), clearance));
    }

    @Provide
    Arbitrary<String> owners() {
        return Arbitraries.of("FR", "DE", "US");
    }

    @Provide
    Arbitrary<Restriction> restrictions() {
        return Combinators.combine(
                        Arbitraries.of(Classification.class),
                        Arbitraries.of(Audience.class),
                        Arbitraries.of(BUREAUS).set().ofMaxSize(3))
                .as((classification, audience, countries) ->
                        new Restriction(classification, audience, audience == Audience.ALL ? Set.of() : countries));
    }

    @Provide
    Arbitrary<List<Tlp>> markings() {
        return Arbitraries.of(Tlp.class).list().ofMaxSize(3);
    }
}
