package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.interlink.common.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Reading the UN list's XML, on our own made-up vector (no Spring, no database). */
class UnConsolidatedListTest {

    private static java.util.Optional<String> country(String name) {
        return java.util.Optional.ofNullable(
                java.util.Map.of("Syrian Arab Republic", "SY", "Iraq", "IQ", "Democratic Republic of the Congo", "CD")
                        .get(name));
    }

    @Test
    void individualsBecomePersonsWithOriginalScriptNamesAndQualifiedAliases() throws Exception {
        UnConsolidatedList.Parsed list;
        try (InputStream in = getClass().getResourceAsStream("/records/un-list-v1.xml")) {
            list = UnConsolidatedList.parse(in, UnConsolidatedListTest::country);
        }
        assertThat(list.dateGenerated()).isEqualTo("2025-01-01T00:00:00.000Z");
        assertThat(list.individuals()).hasSize(3);
        PersonInput karim = list.individuals().getFirst().person();
        assertThat(karim.externalId()).isEqualTo("UN-900001");
        assertThat(karim.names())
                .containsExactly(
                        new PersonName("KARIM SAMIR HADDAD", NameType.PRIMARY),
                        new PersonName("كريم سمير حداد", NameType.ORIGINAL_SCRIPT),
                        new PersonName("Abu Samir", NameType.ALIAS, "Good"),
                        new PersonName("Karim Hadad", NameType.ALIAS, "Low"));
        assertThat(karim.dateOfBirth()).isEqualTo("1971-05-23");
        assertThat(karim.summary()).contains("Other dates of birth: 1972", "TSi.001");
        assertThat(karim.nationalities()).containsExactly("SY", "IQ");
        assertThat(karim.sex()).isEqualTo("M");
        assertThat(karim.placeOfBirth()).isEqualTo("Aleppo, Syrian Arab Republic");
        assertThat(karim.identityDocuments()).containsExactly("Passport N0000001");
        assertThat(karim.categories()).containsExactly("UN_SANCTIONS");
        assertThat(list.individuals().get(1).person().dateOfBirth()).isEqualTo("1980");
        assertThat(list.individuals().get(1).person().nationalities()).containsExactly("CD");
        assertThat(list.individuals().get(2).person().sex()).isEqualTo("U");
    }

    @Test
    void readsWhenAListWasGeneratedAsAnInstant() {
        assertThat(UnConsolidatedList.generatedAt("2026-02-27T00:00:09.554Z"))
                .contains(java.time.Instant.parse("2026-02-27T00:00:09.554Z"));
        assertThat(UnConsolidatedList.generatedAt("2026-02-27T01:00:09.554+01:00"))
                .contains(java.time.Instant.parse("2026-02-27T00:00:09.554Z"));
        assertThat(UnConsolidatedList.generatedAt("2026-02-27T00:00:09"))
                .contains(java.time.Instant.parse("2026-02-27T00:00:09Z"));
        assertThat(UnConsolidatedList.generatedAt("2026-02-27"))
                .contains(java.time.Instant.parse("2026-02-27T00:00:00Z"));
        assertThat(UnConsolidatedList.generatedAt("zzz")).isEmpty();
        assertThat(UnConsolidatedList.generatedAt("")).isEmpty();
    }

    @Test
    void refusesAListWhoseDateIsNotADate() {
        String list = "<CONSOLIDATED_LIST dateGenerated=\"tomorrow\"><INDIVIDUALS/></CONSOLIDATED_LIST>";
        assertThatThrownBy(() -> UnConsolidatedList.parse(
                        new ByteArrayInputStream(list.getBytes()), UnConsolidatedListTest::country))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors().getFirst().field()).isEqualTo("dateGenerated"));
    }

    @Test
    void refusesWhatIsNotTheList() {
        assertThatThrownBy(() -> UnConsolidatedList.parse(
                        new ByteArrayInputStream("<html/>".getBytes()), UnConsolidatedListTest::country))
                .isInstanceOf(InvalidInputException.class);
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<CONSOLIDATED_LIST dateGenerated=\"2025-01-01T00:00:00Z\"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>"
                + "<FIRST_NAME>&e;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>";
        assertThatThrownBy(() -> UnConsolidatedList.parse(
                        new ByteArrayInputStream(entity.getBytes()), UnConsolidatedListTest::country))
                .isInstanceOf(InvalidInputException.class);
        assertThat(List.of()).isEmpty();
    }
}
