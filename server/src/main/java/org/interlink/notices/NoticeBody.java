package org.interlink.notices;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.common.FieldError;
import org.interlink.members.Countries;
import org.interlink.notices.NoticeRequest.Asset;
import org.interlink.notices.NoticeRequest.Identifiers;
import org.interlink.notices.NoticeRequest.Occurrence;
import org.interlink.notices.NoticeRequest.Offence;
import org.interlink.notices.NoticeRequest.Sanctions;
import org.interlink.notices.NoticeRequest.Subject;
import org.interlink.notices.NoticeRequest.Warrant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON body of a notice or diffusion request, collecting every problem of shape (wrong type, unknown field,
 * a penalty not in months, a bad date) instead of stopping at the first, so the answer lists them all. What each type
 * requires is left to the rules.
 */
final class NoticeBody {

    /** Longest free text accepted in one field. */
    static final int MAX_TEXT = 4000;

    /** Largest photo accepted, decoded. */
    static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;

    static final Set<String> TOP = Set.of(
            "type",
            "subject",
            "offence",
            "warrant",
            "event",
            "purpose",
            "threat",
            "modusOperandi",
            "asset",
            "sanctions",
            "description",
            "photo",
            "fingerprints",
            "dna",
            "publicExtract",
            "access",
            "recipients",
            "cyberReport"); // read by NoticeWorkflow: a link, not part of the request the gate assesses
    static final Set<String> OFFENCE =
            Set.of("summary", "legalProvision", "maxPenaltyMonths", "sentenceImposedMonths", "sentenceRemainingMonths");
    static final Set<String> SUBJECT = Set.of(
            "personId",
            "externalId",
            "names",
            "sex",
            "dateOfBirth",
            "placeOfBirth",
            "nationalities",
            "description",
            "access");

    /**
     * A request read from JSON.
     *
     * @param personBody the subject given as a whole person (to be recorded through records), else null
     * @param accessGiven the body states {@code access}; when it does not, the request takes its subject record's
     */
    record Parsed(
            NoticeRequest request,
            @Nullable DiffusionType diffusionType,
            @Nullable Photo photo,
            @Nullable PersonBody personBody,
            boolean accessGiven) {}

    record Photo(String contentType, byte[] bytes) {}

    /** The subject as a whole person: what records needs to create it. */
    record PersonBody(
            @Nullable String externalId,
            List<Name> names,
            @Nullable String sex,
            @Nullable String dateOfBirth,
            @Nullable String placeOfBirth,
            List<String> nationalities,
            @Nullable String description,
            @Nullable Restriction access) {}

    record Name(String value, String type) {}

    private final Countries countries;
    private final List<FieldError> errors = new ArrayList<>();

    private NoticeBody(Countries countries) {
        this.countries = countries;
    }

    /** Reads the body; problems are added to {@code errors}. Never throws for bad input. */
    static Parsed read(JsonNode body, boolean diffusion, Countries countries, List<FieldError> errors) {
        NoticeBody reader = new NoticeBody(countries);
        Parsed parsed = reader.parse(body, diffusion);
        errors.addAll(reader.errors);
        return parsed;
    }

    private Parsed parse(JsonNode body, boolean diffusion) {
        if (!body.isObject()) {
            error("body", "must be a JSON object");
            return new Parsed(empty(), null, null, null, false);
        }
        unknown(body, TOP, "");
        NoticeType type = NoticeType.RED;
        DiffusionType diffusionType = null;
        String typeText = text(body, "type", "type");
        if (typeText == null) {
            error(
                    "type",
                    diffusion
                            ? "is required: one of " + names(DiffusionType.values())
                            : "is required: one of " + names(NoticeType.values()));
        } else if (diffusion) {
            try {
                diffusionType = DiffusionType.valueOf(typeText.toUpperCase(Locale.ROOT));
                type = diffusionType.rules();
            } catch (IllegalArgumentException e) {
                error("type", "must be one of " + names(DiffusionType.values()));
            }
        } else {
            try {
                type = NoticeType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("type", "must be one of " + names(NoticeType.values()));
            }
        }
        PersonBody personBody = null;
        Subject subject = null;
        JsonNode subjectNode = object(body, "subject", "subject");
        if (subjectNode != null) {
            unknown(subjectNode, SUBJECT, "subject.");
            String personId = text(subjectNode, "personId", "subject.personId");
            List<Name> names = names(subjectNode);
            String sex = text(subjectNode, "sex", "subject.sex");
            if (sex != null && !Set.of("M", "F", "U").contains(sex)) {
                error("subject.sex", "must be M, F or U");
            }
            String birth = text(subjectNode, "dateOfBirth", "subject.dateOfBirth");
            if (birth != null && !partialDate(birth)) {
                error("subject.dateOfBirth", "must be a date YYYY-MM-DD, or partial: YYYY-MM or YYYY");
            }
            List<String> nationalities = countryList(subjectNode, "nationalities", "subject.nationalities");
            String description = text(subjectNode, "description", "subject.description");
            String place = text(subjectNode, "placeOfBirth", "subject.placeOfBirth");
            JsonNode accessNode = subjectNode.get("access");
            Restriction personAccess = restriction(accessNode, "subject.access");
            if (personId == null) {
                personBody = new PersonBody(
                        text(subjectNode, "externalId", "subject.externalId"),
                        names,
                        sex,
                        birth,
                        place,
                        nationalities,
                        description,
                        accessNode == null || accessNode.isNull() ? null : personAccess);
            }
            subject = new Subject(
                    personId,
                    names.stream().map(Name::value).toList(),
                    birth,
                    sex,
                    new LinkedHashSet<>(nationalities),
                    place,
                    description,
                    null,
                    null);
        }
        Offence offence = null;
        JsonNode offenceNode = object(body, "offence", "offence");
        if (offenceNode != null) {
            penaltyUnits(offenceNode);
            offence = new Offence(
                    text(offenceNode, "summary", "offence.summary"),
                    text(offenceNode, "legalProvision", "offence.legalProvision"),
                    months(offenceNode, "maxPenaltyMonths"),
                    months(offenceNode, "sentenceImposedMonths"),
                    months(offenceNode, "sentenceRemainingMonths"));
        }
        Warrant warrant = null;
        JsonNode warrantNode = object(body, "warrant", "warrant");
        if (warrantNode != null) {
            unknown(warrantNode, Set.of("reference", "issuedOn", "authority"), "warrant.");
            warrant = new Warrant(
                    text(warrantNode, "reference", "warrant.reference"),
                    date(warrantNode, "issuedOn", "warrant.issuedOn"),
                    text(warrantNode, "authority", "warrant.authority"));
        }
        Occurrence event = null;
        JsonNode eventNode = object(body, "event", "event");
        if (eventNode != null) {
            unknown(eventNode, Set.of("date", "place", "circumstances"), "event.");
            event = new Occurrence(
                    date(eventNode, "date", "event.date"),
                    text(eventNode, "place", "event.place"),
                    text(eventNode, "circumstances", "event.circumstances"));
        }
        Asset asset = null;
        JsonNode assetNode = object(body, "asset", "asset");
        if (assetNode != null) {
            unknown(assetNode, Set.of("kind", "description", "location"), "asset.");
            asset = new Asset(
                    text(assetNode, "kind", "asset.kind"),
                    text(assetNode, "description", "asset.description"),
                    text(assetNode, "location", "asset.location"));
        }
        Sanctions sanctions = null;
        JsonNode sanctionsNode = object(body, "sanctions", "sanctions");
        if (sanctionsNode != null) {
            unknown(sanctionsNode, Set.of("committee", "reference"), "sanctions.");
            sanctions = new Sanctions(
                    text(sanctionsNode, "committee", "sanctions.committee"),
                    text(sanctionsNode, "reference", "sanctions.reference"));
        }
        String purpose = text(body, "purpose", "purpose");
        Photo photo = photo(body);
        Boolean publicExtract = bool(body, "publicExtract");
        Restriction access = restriction(body.get("access"), "access");
        List<String> recipients = List.of();
        if (diffusion) {
            recipients = countryList(body, "recipients", "recipients");
            if (recipients.isEmpty()) {
                error("recipients", "a diffusion needs at least one recipient country");
            }
        } else if (body.has("recipients")) {
            error(
                    "recipients",
                    "a notice goes to every member its access allows; send a diffusion to choose" + " countries");
        }
        NoticeRequest request = new NoticeRequest(
                type,
                subject,
                offence,
                warrant,
                event,
                purpose == null ? null : purpose.toUpperCase(Locale.ROOT),
                text(body, "threat", "threat"),
                text(body, "modusOperandi", "modusOperandi"),
                asset,
                sanctions,
                text(body, "description", "description"),
                new Identifiers(photo != null, text(body, "fingerprints", "fingerprints"), text(body, "dna", "dna")),
                Boolean.TRUE.equals(publicExtract),
                access,
                new LinkedHashSet<>(recipients));
        JsonNode accessNode = body.get("access");
        return new Parsed(request, diffusionType, photo, personBody, accessNode != null && !accessNode.isNull());
    }

    /**
     * Penalties are whole months. A penalty in years or days under another name, or written as text ("10 years"), is
     * refused naming the unit to use (rule {@code PENALTY-UNIT}).
     */
    private void penaltyUnits(JsonNode offence) {
        for (Map.Entry<String, JsonNode> field : offence.properties()) {
            String name = field.getKey();
            if (OFFENCE.contains(name)) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("penalty") || lower.contains("sentence")) {
                error(
                        "offence." + name,
                        "penalties are given in months: use maxPenaltyMonths, sentenceImposedMonths"
                                + " or sentenceRemainingMonths (rule PENALTY-UNIT)");
            } else {
                error("offence." + name, "is not a field of an offence");
            }
        }
    }

    private @Nullable Integer months(JsonNode offence, String name) {
        JsonNode value = offence.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        String shown = value.isString() ? "\"" + value.asString() + "\"" : value.toString();
        error(
                "offence." + name,
                "must be a whole number of months (e.g. 120 for 10 years), not " + shown + " (rule PENALTY-UNIT)");
        return null;
    }

    private List<Name> names(JsonNode subject) {
        JsonNode names = subject.get("names");
        List<Name> found = new ArrayList<>();
        if (names == null || names.isNull()) {
            return found;
        }
        if (!names.isArray()) {
            error("subject.names", "must be a list of {\"value\": ..., \"type\": ...}");
            return found;
        }
        int i = 0;
        for (JsonNode name : names) {
            String path = "subject.names[" + i++ + "]";
            if (!name.isObject()) {
                error(path, "must be {\"value\": ..., \"type\": ...}");
                continue;
            }
            String value = text(name, "value", path + ".value");
            String type = text(name, "type", path + ".type");
            if (value == null) {
                error(path + ".value", "is required");
                continue;
            }
            String nameType = type == null ? "PRIMARY" : type.toUpperCase(Locale.ROOT);
            if (!Set.of("PRIMARY", "ORIGINAL_SCRIPT", "ALIAS").contains(nameType)) {
                error(path + ".type", "must be PRIMARY, ORIGINAL_SCRIPT or ALIAS");
            }
            found.add(new Name(value, nameType));
        }
        // The primary name first: it is the name the notice is known under.
        found.sort(
                (a, b) -> Boolean.compare(!a.type().equals("PRIMARY"), !b.type().equals("PRIMARY")));
        return found;
    }

    private @Nullable Photo photo(JsonNode body) {
        String encoded = text(body, "photo", "photo", 3 * MAX_PHOTO_BYTES);
        if (encoded == null) {
            return null;
        }
        String data = encoded.startsWith("data:") && encoded.contains(",")
                ? encoded.substring(encoded.indexOf(',') + 1)
                : encoded;
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(data);
        } catch (IllegalArgumentException e) {
            error("photo", "must be a Base64-encoded JPEG or PNG image");
            return null;
        }
        if (bytes.length > MAX_PHOTO_BYTES) {
            error("photo", "must be at most 2 MB");
            return null;
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8) {
            return new Photo("image/jpeg", bytes);
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return new Photo("image/png", bytes);
        }
        error("photo", "must be a JPEG or PNG image");
        return null;
    }

    private Restriction restriction(@Nullable JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Restriction.OPEN;
        }
        if (!node.isObject()) {
            error(path, "must be {\"classification\": ..., \"audience\": ..., \"countries\": [...]}");
            return Restriction.OPEN;
        }
        unknown(node, Set.of("classification", "audience", "countries"), path + ".");
        Classification classification = Classification.OFFICIAL;
        String c = text(node, "classification", path + ".classification");
        if (c != null) {
            try {
                classification = Classification.valueOf(c.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(path + ".classification", "must be OFFICIAL, RESTRICTED or CONFIDENTIAL");
            }
        }
        Audience audience = Audience.ALL;
        String a = text(node, "audience", path + ".audience");
        if (a != null) {
            try {
                audience = Audience.valueOf(a.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(path + ".audience", "must be ALL, ONLY or EXCEPT");
            }
        }
        List<String> listed = countryList(node, "countries", path + ".countries");
        if (audience == Audience.ALL && !listed.isEmpty()) {
            error(path + ".countries", "must be empty when the audience is ALL");
            return new Restriction(classification, audience, Set.of());
        }
        return new Restriction(classification, audience, Set.copyOf(listed));
    }

    private List<String> countryList(JsonNode node, String name, String path) {
        JsonNode list = node.get(name);
        List<String> codes = new ArrayList<>();
        if (list == null || list.isNull()) {
            return codes;
        }
        if (!list.isArray()) {
            error(path, "must be a list of ISO 3166-1 alpha-2 country codes");
            return codes;
        }
        int i = 0;
        for (JsonNode code : list) {
            String text = code.isString() ? code.asString().strip().toUpperCase(Locale.ROOT) : "";
            if (!countries.isMember(text)) {
                error(path + "[" + i + "]", "is not a member country (ISO 3166-1 alpha-2): " + code);
            } else if (!codes.contains(text)) {
                codes.add(text);
            }
            i++;
        }
        return codes;
    }

    private @Nullable JsonNode object(JsonNode node, String name, String path) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            error(path, "must be an object");
            return null;
        }
        return value;
    }

    private @Nullable String text(JsonNode node, String name, String path) {
        return text(node, name, path, MAX_TEXT);
    }

    private @Nullable String text(JsonNode node, String name, String path, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            error(path, "must be text");
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > max) {
            error(path, "must be at most " + max + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private @Nullable LocalDate date(JsonNode node, String name, String path) {
        String text = text(node, name, path);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            error(path, "must be a date YYYY-MM-DD");
            return null;
        }
    }

    private @Nullable Boolean bool(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            error(name, "must be true or false");
            return null;
        }
        return value.booleanValue();
    }

    private void unknown(JsonNode node, Set<String> known, String prefix) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!known.contains(field.getKey()) && !(prefix.equals("offence."))) {
                error(prefix + field.getKey(), "is not a field of this request");
            }
        }
    }

    static boolean partialDate(String text) {
        if (!text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            return false;
        }
        try {
            if (text.length() == 10) {
                LocalDate.parse(text);
            } else if (text.length() == 7) {
                int month = Integer.parseInt(text.substring(5));
                return month >= 1 && month <= 12;
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
    }

    private static NoticeRequest empty() {
        return new NoticeRequest(
                NoticeType.RED,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Identifiers.NONE,
                false,
                Restriction.OPEN,
                Set.of());
    }
}
