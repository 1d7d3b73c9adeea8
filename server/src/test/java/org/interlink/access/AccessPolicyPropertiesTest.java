package org.interlink.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The access rules, proved over random viewers and restrictions. */
class AccessPolicyPropertiesTest {

    static final String[] BUREAUS = {"FR", "DE", "US", "IT", "RU", "CN", "BR", "NG", "GS"};

    @Property
    void ownerAlwaysSeesItsItem(@ForAll("viewers") Viewer viewer, @ForAll("restrictions") Restriction restriction) {
        assertThat(AccessPolicy.maySee(viewer, viewer.bureau(), restriction)).isTrue();
    }

    @Property
    void generalSecretariatAlwaysSees(
            @ForAll("viewers") Viewer viewer,
            @ForAll("countries") String owner,
            @ForAll("restrictions") Restriction restriction) {
        Viewer gs = new Viewer("gs", Viewer.GENERAL_SECRETARIAT, Set.of(), Classification.OFFICIAL);
        assertThat(AccessPolicy.maySee(gs, owner, restriction)).isTrue();
    }

    @Property
    void countryOnExceptListNeverSees(
            @ForAll("viewers") Viewer viewer,
            @ForAll("countries") String owner,
            @ForAll Classification classification) {
        if (viewer.bureau().equals(owner) || viewer.isGeneralSecretariat()) {
            return;
        }
        Restriction restriction = Restriction.except(classification, viewer.bureau(), "ZZ");
        assertThat(AccessPolicy.maySee(viewer, owner, restriction)).isFalse();
    }

    @Property
    void onlyWithEmptyListMeansOwnerAndGeneralSecretariatAlone(
            @ForAll("viewers") Viewer viewer,
            @ForAll("countries") String owner,
            @ForAll Classification classification) {
        Restriction restriction = new Restriction(classification, Audience.ONLY, Set.of());
        boolean expected = viewer.bureau().equals(owner) || viewer.isGeneralSecretariat();
        assertThat(AccessPolicy.maySee(viewer, owner, restriction)).isEqualTo(expected);
    }

    @Property
    void othersNeedAClearanceThatReachesTheClassification(
            @ForAll("viewers") Viewer viewer,
            @ForAll("countries") String owner,
            @ForAll("restrictions") Restriction restriction) {
        if (viewer.bureau().equals(owner) || viewer.isGeneralSecretariat()) {
            return;
        }
        if (viewer.clearance().compareTo(restriction.classification()) < 0) {
            assertThat(AccessPolicy.maySee(viewer, owner, restriction)).isFalse();
        }
    }

    @Property
    void clearedNonOwnerSeesExactlyWhenInTheAudience(
            @ForAll("viewers") Viewer viewer,
            @ForAll("countries") String owner,
            @ForAll("restrictions") Restriction restriction) {
        if (viewer.bureau().equals(owner)
                || viewer.isGeneralSecretariat()
                || !viewer.clearance().reaches(restriction.classification())) {
            return;
        }
        boolean listed = restriction.countries().contains(viewer.bureau());
        boolean expected = switch (restriction.audience()) {
            case ALL -> true;
            case ONLY -> listed;
            case EXCEPT -> !listed;
        };
        assertThat(AccessPolicy.maySee(viewer, owner, restriction)).isEqualTo(expected);
    }

    @Property
    void aHigherClearanceNeverSeesLess(
            @ForAll("viewers") Viewer viewer,
            @ForAll("countries") String owner,
            @ForAll("restrictions") Restriction restriction) {
        if (!AccessPolicy.maySee(viewer, owner, restriction)) {
            return;
        }
        for (Classification higher : Classification.values()) {
            if (higher.compareTo(viewer.clearance()) > 0) {
                Viewer cleared = new Viewer(viewer.actor(), viewer.bureau(), viewer.roles(), higher);
                assertThat(AccessPolicy.maySee(cleared, owner, restriction)).isTrue();
            }
        }
    }

    @Provide
    static Arbitrary<String> countries() {
        return Arbitraries.of(BUREAUS).filter(b -> !b.equals("GS"));
    }

    @Provide
    static Arbitrary<Viewer> viewers() {
        return Combinators.combine(Arbitraries.of(BUREAUS), Arbitraries.of(Classification.class))
                .as((bureau, clearance) -> new Viewer("someone", bureau, Set.of("OFFICER"), clearance));
    }

    @Provide
    static Arbitrary<Restriction> restrictions() {
        Arbitrary<Set<String>> lists = countries().set().ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(Classification.class), Arbitraries.of(Audience.class), lists)
                .as((classification, audience, list) ->
                        new Restriction(classification, audience, audience == Audience.ALL ? Set.of() : list));
    }
}
