package org.interlink.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interlink.access.Classification.CONFIDENTIAL;
import static org.interlink.access.Classification.OFFICIAL;
import static org.interlink.access.Classification.RESTRICTED;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "No wider than": a notice's restriction against its subject record's, as a golden table. */
class RestrictionWithinTest {

    static final Restriction ALL = Restriction.OPEN;

    record Row(Restriction item, String boundOwner, Restriction bound, boolean within, String why) {}

    static final List<Row> TABLE = List.of(
            new Row(ALL, "FR", ALL, true, "equal"),
            new Row(ALL, "FR", Restriction.only(OFFICIAL, "IT", "DE"), false, "the US sees ALL, not the record"),
            new Row(ALL, "FR", Restriction.except(OFFICIAL, "US"), false, "the US sees ALL, not the record"),
            new Row(Restriction.only(OFFICIAL, "DE"), "FR", Restriction.only(OFFICIAL, "IT", "DE"), true, "subset"),
            new Row(Restriction.only(OFFICIAL, "DE", "IT"), "FR", Restriction.only(OFFICIAL, "IT", "DE"), true, "same"),
            new Row(Restriction.only(OFFICIAL, "DE", "US"), "FR", Restriction.only(OFFICIAL, "IT", "DE"), false, "US"),
            new Row(
                    Restriction.only(OFFICIAL, "DE", "IT"),
                    "IT",
                    Restriction.only(OFFICIAL, "DE"),
                    true,
                    "IT owns the record and sees it anyway"),
            new Row(Restriction.only(OFFICIAL), "FR", Restriction.only(OFFICIAL), true, "owner and GS alone"),
            new Row(Restriction.only(OFFICIAL, "DE"), "FR", ALL, true, "ALL bounds everything"),
            new Row(
                    Restriction.only(OFFICIAL, "DE"),
                    "FR",
                    Restriction.except(OFFICIAL, "US"),
                    true,
                    "DE not excluded"),
            new Row(Restriction.only(OFFICIAL, "US"), "FR", Restriction.except(OFFICIAL, "US"), false, "US excluded"),
            new Row(
                    Restriction.except(OFFICIAL, "US", "RU"),
                    "FR",
                    Restriction.except(OFFICIAL, "US"),
                    true,
                    "excludes more"),
            new Row(
                    Restriction.except(OFFICIAL, "RU"),
                    "FR",
                    Restriction.except(OFFICIAL, "US"),
                    false,
                    "the US sees the notice, not the record"),
            new Row(
                    Restriction.except(OFFICIAL, "RU"),
                    "US",
                    Restriction.except(OFFICIAL, "US"),
                    true,
                    "the US owns the record"),
            new Row(
                    Restriction.except(OFFICIAL, "US"),
                    "FR",
                    Restriction.only(OFFICIAL, "DE"),
                    false,
                    "EXCEPT is never within ONLY"),
            new Row(new Restriction(RESTRICTED, Audience.ALL, Set.of()), "FR", ALL, true, "higher classification"),
            new Row(
                    ALL,
                    "FR",
                    new Restriction(RESTRICTED, Audience.ALL, Set.of()),
                    false,
                    "an OFFICIAL-cleared member sees the notice, not the RESTRICTED record"),
            new Row(
                    Restriction.only(CONFIDENTIAL, "DE"),
                    "FR",
                    Restriction.only(RESTRICTED, "DE", "IT"),
                    true,
                    "narrower on both counts"),
            new Row(
                    Restriction.only(RESTRICTED, "DE"),
                    "FR",
                    Restriction.only(CONFIDENTIAL, "DE"),
                    false,
                    "lower classification"));

    @Test
    void noticeIsWithinItsRecordExactlyWhenEveryoneWhoSeesItSeesTheRecord() {
        for (Row row : TABLE) {
            assertThat(row.item().isWithin(row.boundOwner(), row.bound()))
                    .as(row.why() + ": " + row.item().describe() + " within "
                            + row.bound().describe())
                    .isEqualTo(row.within());
        }
    }

    @Test
    void withinAgreesWithTheAccessPolicyForEveryMemberOfASample() {
        List<Restriction> samples = TABLE.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.item(), r.bound()))
                .distinct()
                .toList();
        List<String> members = List.of("FR", "DE", "IT", "US", "RU", "ES");
        for (Restriction item : samples) {
            for (Restriction bound : samples) {
                for (String owner : List.of("FR", "IT", "US")) {
                    if (!item.isWithin(owner, bound)) {
                        continue;
                    }
                    for (String member : members) {
                        for (Classification clearance : Classification.values()) {
                            Viewer viewer = new Viewer("x", member, Set.of(), clearance);
                            if (AccessPolicy.maySee(viewer, "ZZ", item)) {
                                assertThat(AccessPolicy.maySee(viewer, owner, bound))
                                        .as(member + " " + clearance + " sees " + item.describe() + " so must see "
                                                + bound.describe() + " owned by " + owner)
                                        .isTrue();
                            }
                        }
                    }
                }
            }
        }
    }
}
