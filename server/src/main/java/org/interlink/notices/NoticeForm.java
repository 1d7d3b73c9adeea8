package org.interlink.notices;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The editor's request form, as posted. It becomes the same JSON body the API takes, so the page and the API share one
 * reader and one gate: a page can never accept what the API would refuse.
 */
record NoticeForm(
        @Nullable String type,
        @Nullable String recipients,
        @Nullable String personId,
        @Nullable String name,
        @Nullable String otherNames,
        @Nullable String sex,
        @Nullable String dateOfBirth,
        @Nullable String placeOfBirth,
        @Nullable String nationalities,
        @Nullable String subjectDescription,
        @Nullable String summary,
        @Nullable String legalProvision,
        @Nullable String maxPenaltyMonths,
        @Nullable String sentenceImposedMonths,
        @Nullable String sentenceRemainingMonths,
        @Nullable String warrantReference,
        @Nullable String warrantIssuedOn,
        @Nullable String warrantAuthority,
        @Nullable String eventDate,
        @Nullable String eventPlace,
        @Nullable String eventCircumstances,
        @Nullable String purpose,
        @Nullable String threat,
        @Nullable String modusOperandi,
        @Nullable String assetKind,
        @Nullable String assetDescription,
        @Nullable String sanctionsCommittee,
        @Nullable String sanctionsReference,
        @Nullable String description,
        @Nullable String fingerprints,
        @Nullable Boolean publicExtract,
        @Nullable String classification,
        @Nullable String audience,
        @Nullable String countries,
        @Nullable String cyberReport) {

    static NoticeForm empty() {
        return new NoticeForm(
                "RED",
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
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "OFFICIAL",
                "ALL",
                null,
                null);
    }

    /**
     * The form filled with a stored request; a recorded subject is referred to by its person id; {@code cyberReport}
     * is the linked cyber report's id when the editor may see it (left empty, the link stays as it is).
     */
    static NoticeForm of(Notice notice, @Nullable String cyberReport) {
        NoticeRequest r = notice.request();
        NoticeRequest.Subject s = r.subject();
        boolean recorded = s != null && s.personId() != null;
        NoticeRequest.Offence o = r.offence();
        NoticeRequest.Warrant w = r.warrant();
        NoticeRequest.Occurrence e = r.event();
        return new NoticeForm(
                notice.diffusionType() == null
                        ? r.type().name()
                        : notice.diffusionType().name(),
                r.recipients().isEmpty() ? null : String.join(", ", r.recipients()),
                recorded ? s.personId() : null,
                s == null || recorded ? null : s.name(),
                s == null || recorded || s.names().size() < 2
                        ? null
                        : String.join("; ", s.names().subList(1, s.names().size())),
                s == null || recorded ? null : s.sex(),
                s == null || recorded ? null : s.dateOfBirth(),
                s == null || recorded ? null : s.placeOfBirth(),
                s == null || recorded ? null : String.join(", ", s.nationalities()),
                s == null ? null : s.description(),
                o == null ? null : o.summary(),
                o == null ? null : o.legalProvision(),
                o == null || o.maxPenaltyMonths() == null
                        ? null
                        : o.maxPenaltyMonths().toString(),
                o == null || o.sentenceImposedMonths() == null
                        ? null
                        : o.sentenceImposedMonths().toString(),
                o == null || o.sentenceRemainingMonths() == null
                        ? null
                        : o.sentenceRemainingMonths().toString(),
                w == null ? null : w.reference(),
                w == null || w.issuedOn() == null ? null : w.issuedOn().toString(),
                w == null ? null : w.authority(),
                e == null || e.date() == null ? null : e.date().toString(),
                e == null ? null : e.place(),
                e == null ? null : e.circumstances(),
                r.purpose(),
                r.threat(),
                r.modusOperandi(),
                r.asset() == null ? null : r.asset().kind(),
                r.asset() == null ? null : r.asset().description(),
                r.sanctions() == null ? null : r.sanctions().committee(),
                r.sanctions() == null ? null : r.sanctions().reference(),
                r.description(),
                r.identifiers().fingerprints(),
                r.publicExtract(),
                r.access().classification().name(),
                r.access().audience().name(),
                r.access().countries().isEmpty()
                        ? null
                        : String.join(", ", r.access().countries()),
                cyberReport);
    }

    boolean isDiffusion() {
        return recipients != null && !recipients.isBlank();
    }

    /** The API body for this form: blank fields are left out; numbers that are not numbers are kept as text. */
    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode body = f.objectNode();
        put(body, "type", type);
        if (isDiffusion()) {
            body.set("recipients", list(recipients));
        }
        ObjectNode subject = f.objectNode();
        if (!blank(personId)) {
            subject.put("personId", personId.strip());
            put(subject, "description", subjectDescription);
        } else if (!blank(name) || !blank(dateOfBirth) || !blank(nationalities)) {
            ArrayNode names = f.arrayNode();
            if (!blank(name)) {
                names.addObject().put("value", name.strip()).put("type", "PRIMARY");
            }
            if (!blank(otherNames)) {
                for (String other : otherNames.split(";")) {
                    if (!other.isBlank()) {
                        names.addObject().put("value", other.strip()).put("type", "ALIAS");
                    }
                }
            }
            subject.set("names", names);
            put(subject, "sex", sex);
            put(subject, "dateOfBirth", dateOfBirth);
            put(subject, "placeOfBirth", placeOfBirth);
            if (!blank(nationalities)) {
                subject.set("nationalities", list(nationalities));
            }
            put(subject, "description", subjectDescription);
        }
        if (!subject.isEmpty()) {
            body.set("subject", subject);
        }
        ObjectNode offence = f.objectNode();
        put(offence, "summary", summary);
        put(offence, "legalProvision", legalProvision);
        number(offence, "maxPenaltyMonths", maxPenaltyMonths);
        number(offence, "sentenceImposedMonths", sentenceImposedMonths);
        number(offence, "sentenceRemainingMonths", sentenceRemainingMonths);
        if (!offence.isEmpty()) {
            body.set("offence", offence);
        }
        ObjectNode warrant = f.objectNode();
        put(warrant, "reference", warrantReference);
        put(warrant, "issuedOn", warrantIssuedOn);
        put(warrant, "authority", warrantAuthority);
        if (!warrant.isEmpty()) {
            body.set("warrant", warrant);
        }
        ObjectNode event = f.objectNode();
        put(event, "date", eventDate);
        put(event, "place", eventPlace);
        put(event, "circumstances", eventCircumstances);
        if (!event.isEmpty()) {
            body.set("event", event);
        }
        ObjectNode asset = f.objectNode();
        put(asset, "kind", assetKind);
        put(asset, "description", assetDescription);
        if (!asset.isEmpty()) {
            body.set("asset", asset);
        }
        ObjectNode sanctions = f.objectNode();
        put(sanctions, "committee", sanctionsCommittee);
        put(sanctions, "reference", sanctionsReference);
        if (!sanctions.isEmpty()) {
            body.set("sanctions", sanctions);
        }
        put(body, "purpose", purpose);
        put(body, "threat", threat);
        put(body, "modusOperandi", modusOperandi);
        put(body, "description", description);
        put(body, "fingerprints", fingerprints);
        body.put("publicExtract", Boolean.TRUE.equals(publicExtract));
        put(body, "cyberReport", cyberReport);
        if (blank(audience)) {
            // "As the subject's record": no access stated, so the request takes its subject record's restriction.
            return body;
        }
        ObjectNode access = f.objectNode();
        put(access, "classification", classification);
        put(access, "audience", audience);
        if (!blank(countries) && !"ALL".equals(audience)) {
            access.set("countries", list(countries));
        }
        body.set("access", access);
        return body;
    }

    private static void put(ObjectNode node, String field, @Nullable String value) {
        if (!blank(value)) {
            node.put(field, value.strip());
        }
    }

    private static void number(ObjectNode node, String field, @Nullable String value) {
        if (blank(value)) {
            return;
        }
        try {
            node.put(field, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            node.put(field, value.strip());
        }
    }

    private static ArrayNode list(String commaSeparated) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        List<String> items = Arrays.stream(commaSeparated.split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
        items.forEach(array::add);
        return array;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
