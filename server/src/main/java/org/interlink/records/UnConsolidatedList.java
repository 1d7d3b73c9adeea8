package org.interlink.records;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.interlink.access.Restriction;
import org.interlink.common.InvalidInputException;
import org.interlink.members.Countries;
import org.interlink.members.Country;

/**
 * Reads the UN Security Council Consolidated List in its official XML ({@code CONSOLIDATED_LIST}, schema
 * {@code https://www.un.org/sc/resources/sc-sanctions.xsd}) as person records: each {@code INDIVIDUAL} becomes a person
 * of category {@code UN_SANCTIONS} with its primary name, original-script name, aliases (with their quality), first
 * date of birth, nationalities and place of birth. Entities (organisations) are not persons and are skipped.
 *
 * <p>Streams with StAX; DTDs and external entities are refused.
 */
final class UnConsolidatedList {

    /** The list's entries and when the UN generated it. */
    record Parsed(String dateGenerated, List<Entry> individuals) {}

    /** One individual: its UN identifiers and the person it becomes. */
    record Entry(String dataId, String reference, PersonInput person) {}

    private static final Map<String, String> COUNTRY_NAMES = Map.ofEntries(
            Map.entry("iran (islamic republic of)", "IR"),
            Map.entry("syrian arab republic", "SY"),
            Map.entry("russian federation", "RU"),
            Map.entry("united kingdom of great britain and northern ireland", "GB"),
            Map.entry("united states of america", "US"),
            Map.entry("viet nam", "VN"),
            Map.entry("bolivia (plurinational state of)", "BO"),
            Map.entry("venezuela (bolivarian republic of)", "VE"),
            Map.entry("republic of korea", "KR"),
            Map.entry("lao people's democratic republic", "LA"),
            Map.entry("united republic of tanzania", "TZ"),
            Map.entry("türkiye", "TR"),
            Map.entry("turkey", "TR"),
            Map.entry("republic of moldova", "MD"),
            Map.entry("state of palestine", "PS"),
            Map.entry("democratic republic of the congo", "CD"),
            Map.entry("congo", "CG"),
            Map.entry("côte d'ivoire", "CI"),
            Map.entry("cote d'ivoire", "CI"),
            Map.entry("libyan arab jamahiriya", "LY"),
            Map.entry("sudan", "SD"),
            Map.entry("south sudan", "SS"),
            Map.entry("kuwaiti citizenship withdrawn in 2002", "KW"));

    private UnConsolidatedList() {}

    /**
     * @param countryOfName the alpha-2 code of a member country named in the list's English, e.g. {@code Syrian Arab
     *     Republic} → {@code SY}; see {@link #countryCode}
     */
    static Parsed parse(InputStream in, java.util.function.Function<String, Optional<String>> countryOfName) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            String dateGenerated = null;
            List<Entry> entries = new ArrayList<>();
            Individual current = null;
            List<String> path = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    path.add(name);
                    text.setLength(0);
                    if (name.equals("CONSOLIDATED_LIST")) {
                        dateGenerated = xml.getAttributeValue(null, "dateGenerated");
                    } else if (name.equals("INDIVIDUAL")) {
                        current = new Individual();
                    } else if (current != null) {
                        current.open(name);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("INDIVIDUAL") && current != null) {
                        current.toEntry(countryOfName).ifPresent(entries::add);
                        current = null;
                    } else if (current != null) {
                        String parent = path.size() >= 2 ? path.get(path.size() - 2) : "";
                        current.close(parent, name, text.toString().strip());
                    }
                    path.removeLast();
                    text.setLength(0);
                }
            }
            if (dateGenerated == null) {
                throw new InvalidInputException("body", "is not a UN Consolidated List (no CONSOLIDATED_LIST element)");
            }
            if (generatedAt(dateGenerated).isEmpty()) {
                throw new InvalidInputException(
                        "dateGenerated", "is not a date and time (ISO 8601, e.g. 2026-02-27T00:00:09.554Z)");
            }
            return new Parsed(dateGenerated, entries);
        } catch (XMLStreamException e) {
            throw new InvalidInputException("body", "is not well-formed XML: " + e.getMessage());
        }
    }

    /**
     * When a list was generated, from its {@code dateGenerated} attribute: an ISO 8601 date and time with an offset (as
     * the UN publishes it, {@code 2026-02-27T00:00:09.554Z}), without one (read as UTC), or a bare date; empty when the
     * text is none of these. Lists are ordered by this instant, never by the text.
     */
    static Optional<Instant> generatedAt(String dateGenerated) {
        String text = dateGenerated.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            // not with an offset: try the other forms
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // not a local date and time either
        }
        try {
            return Optional.of(
                    LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The fields of one INDIVIDUAL as they are read. */
    private static final class Individual {
        final Map<String, String> fields = new HashMap<>();
        final List<String> nationalities = new ArrayList<>();
        final List<PersonName> aliases = new ArrayList<>();
        final List<String> datesOfBirth = new ArrayList<>();
        final List<String> places = new ArrayList<>();
        final List<String> documents = new ArrayList<>();
        Map<String, String> group = new HashMap<>();

        void open(String name) {
            if (name.startsWith("INDIVIDUAL_")) {
                group = new HashMap<>();
            }
        }

        void close(String parent, String name, String value) {
            if (name.equals("INDIVIDUAL_ALIAS")) {
                String alias = group.get("ALIAS_NAME");
                if (alias != null && !alias.isBlank()) {
                    String quality = group.get("QUALITY");
                    aliases.add(new PersonName(
                            alias, NameType.ALIAS, quality == null || quality.isBlank() ? null : quality));
                }
            } else if (name.equals("INDIVIDUAL_DATE_OF_BIRTH")) {
                String date = group.get("DATE");
                String year = group.get("YEAR");
                String from = group.get("FROM_YEAR");
                if (date != null && !date.isBlank()) {
                    datesOfBirth.add(date.length() > 10 ? date.substring(0, 10) : date);
                } else if (year != null && !year.isBlank()) {
                    datesOfBirth.add(year);
                } else if (from != null && !from.isBlank()) {
                    datesOfBirth.add(from);
                }
            } else if (name.equals("INDIVIDUAL_PLACE_OF_BIRTH")) {
                String place = String.join(
                        ", ",
                        java.util.stream.Stream.of(group.get("CITY"), group.get("STATE_PROVINCE"), group.get("COUNTRY"))
                                .filter(s -> s != null && !s.isBlank())
                                .toList());
                if (!place.isBlank()) {
                    places.add(place);
                }
            } else if (name.equals("INDIVIDUAL_DOCUMENT")) {
                String number = group.get("NUMBER");
                if (number != null && !number.isBlank()) {
                    String type = group.get("TYPE_OF_DOCUMENT");
                    documents.add((type == null || type.isBlank() ? "" : type + " ") + number);
                }
            } else if (parent.equals("NATIONALITY") && name.equals("VALUE")) {
                if (!value.isBlank()) {
                    nationalities.add(value);
                }
            } else if (parent.startsWith("INDIVIDUAL_")) {
                group.put(name, value);
            } else if (parent.equals("INDIVIDUAL")) {
                fields.put(name, value);
            }
        }

        Optional<Entry> toEntry(java.util.function.Function<String, Optional<String>> countryOfName) {
            String dataId = fields.get("DATAID");
            if (dataId == null || dataId.isBlank()) {
                return Optional.empty();
            }
            String primary = String.join(
                            " ",
                            java.util.stream.Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
                                    .map(fields::get)
                                    .filter(s -> s != null && !s.isBlank())
                                    .toList())
                    .strip();
            if (primary.isEmpty()) {
                return Optional.empty();
            }
            List<PersonName> names = new ArrayList<>();
            names.add(new PersonName(primary, NameType.PRIMARY));
            String original = fields.get("NAME_ORIGINAL_SCRIPT");
            if (original != null && !original.isBlank()) {
                names.add(new PersonName(original, NameType.ORIGINAL_SCRIPT));
            }
            aliases.stream().limit(PersonRules.MAX_NAMES - names.size()).forEach(names::add);
            LinkedHashSet<String> codes = new LinkedHashSet<>();
            List<String> unmapped = new ArrayList<>();
            for (String nationality : nationalities) {
                Optional<String> code = countryOfName.apply(nationality);
                code.ifPresentOrElse(codes::add, () -> unmapped.add(nationality));
            }
            String reference = fields.getOrDefault("REFERENCE_NUMBER", "");
            StringBuilder summary = new StringBuilder("UN Security Council sanctions, ")
                    .append(fields.getOrDefault("UN_LIST_TYPE", ""))
                    .append(" list, reference ")
                    .append(reference);
            if (fields.get("LISTED_ON") != null) {
                summary.append(", listed on ").append(fields.get("LISTED_ON"));
            }
            summary.append('.');
            if (datesOfBirth.size() > 1) {
                summary.append(" Other dates of birth: ")
                        .append(String.join(", ", datesOfBirth.subList(1, datesOfBirth.size())))
                        .append('.');
            }
            if (!unmapped.isEmpty()) {
                summary.append(" Nationality: ")
                        .append(String.join(", ", unmapped))
                        .append('.');
            }
            String comments = fields.get("COMMENTS1");
            if (comments != null && !comments.isBlank()) {
                summary.append(' ').append(comments.replaceAll("\\s+", " "));
            }
            String gender = fields.getOrDefault("GENDER", "").toLowerCase(Locale.ROOT);
            PersonInput person = new PersonInput(
                    "UN-" + dataId,
                    names,
                    gender.equals("male") ? "M" : gender.equals("female") ? "F" : "U",
                    datesOfBirth.isEmpty() ? null : datesOfBirth.getFirst(),
                    places.isEmpty() ? null : clip(places.getFirst(), 200),
                    List.copyOf(codes),
                    documents.stream().map(d -> clip(d, 50)).limit(20).toList(),
                    List.of(),
                    List.of("UN_SANCTIONS"),
                    clip(summary.toString(), 2000),
                    Restriction.OPEN,
                    "UN Security Council sanctions",
                    "UN Security Council Consolidated List " + reference,
                    null);
            return Optional.of(new Entry(dataId, reference, person));
        }
    }

    static Optional<String> countryCode(String name, Countries countries) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        String mapped = COUNTRY_NAMES.get(key);
        if (mapped != null && countries.isMember(mapped)) {
            return Optional.of(mapped);
        }
        return countries.all().stream()
                .filter(c -> c.name().equalsIgnoreCase(name.strip()))
                .map(Country::code)
                .findFirst();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
