package org.interlink.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.interlink.members.Countries;
import org.interlink.members.Country;
import org.jspecify.annotations.Nullable;

/**
 * What the printed notice shows, ready for the template: the colour band, the identity particulars, the charges or
 * circumstances, the requesting country. Public so that templates can read it.
 */
public record PrintedNotice(
        String id,
        String title,
        String colour,
        String status,
        String heading,
        String requester,
        String action,
        @Nullable String photo,
        List<Line> particulars,
        List<Line> facts,
        String classification,
        String published,
        String validUntil) {

    /** One labelled line of the notice. */
    public record Line(String label, String value) {}

    static PrintedNotice of(Notice notice, Countries countries, Notices.@Nullable Photo photo) {
        NoticeRequest r = notice.request();
        String requester = countries.find(notice.owner()).map(Country::name).orElse(notice.owner());
        List<Line> particulars = new ArrayList<>();
        NoticeRequest.Subject s = r.subject();
        String heading = r.type().label();
        if (s != null) {
            heading = s.name().isBlank() ? "Unnamed subject" : s.name();
            String[] split = NameParts.split(s.name());
            add(particulars, "Family name", split[0]);
            add(particulars, "Forenames", split[1]);
            add(particulars, "Sex", sex(s.sex()));
            add(particulars, "Date of birth", s.dateOfBirth());
            add(particulars, "Place of birth", s.placeOfBirth());
            add(
                    particulars,
                    "Nationality",
                    String.join(
                            ", ",
                            s.nationalities().stream()
                                    .map(c ->
                                            countries.find(c).map(Country::name).orElse(c))
                                    .sorted()
                                    .toList()));
            if (s.names().size() > 1) {
                add(
                        particulars,
                        "Other names",
                        String.join("; ", s.names().subList(1, s.names().size())));
            }
            add(particulars, "Description", s.description());
        }
        add(particulars, "Physical description", r.description());
        if (r.identifiers().fingerprints() != null) {
            add(particulars, "Fingerprints", "available (" + r.identifiers().fingerprints() + ")");
        }
        if (r.identifiers().dna() != null) {
            add(particulars, "DNA profile", "available (" + r.identifiers().dna() + ")");
        }
        List<Line> facts = new ArrayList<>();
        if (r.offence() != null) {
            add(
                    facts,
                    r.type() == NoticeType.RED ? "Charges" : "Offence",
                    r.offence().summary());
            add(facts, "Legal provision", r.offence().legalProvision());
            if (r.offence().maxPenaltyMonths() != null) {
                add(facts, "Maximum penalty", years(r.offence().maxPenaltyMonths()));
            }
            if (r.offence().sentenceImposedMonths() != null) {
                add(facts, "Sentence imposed", years(r.offence().sentenceImposedMonths()));
            }
            if (r.offence().sentenceRemainingMonths() != null) {
                add(facts, "Sentence remaining", years(r.offence().sentenceRemainingMonths()));
            }
        }
        if (r.warrant() != null) {
            add(
                    facts,
                    "Arrest warrant",
                    join(
                            r.warrant().reference(),
                            r.warrant().issuedOn(),
                            r.warrant().authority()));
        }
        if (r.event() != null) {
            add(
                    facts,
                    r.type() == NoticeType.BLACK ? "Found" : "Disappeared",
                    join(r.event().date(), r.event().place(), null));
            add(facts, "Circumstances", r.event().circumstances());
        }
        add(facts, "Purpose", r.purpose());
        add(facts, "Threat", r.threat());
        add(facts, "Modus operandi", r.modusOperandi());
        if (r.asset() != null) {
            add(
                    facts,
                    "Asset",
                    join(r.asset().kind(), r.asset().description(), r.asset().location()));
        }
        if (r.sanctions() != null) {
            add(
                    facts,
                    "UN sanctions",
                    join("Committee " + r.sanctions().committee(), r.sanctions().reference(), null));
        }
        String title = notice.kind() == Notice.Kind.DIFFUSION
                ? "Diffusion " + notice.diffusionType() + " · to " + String.join(", ", r.recipients())
                : r.type().label();
        return new PrintedNotice(
                notice.id(),
                title,
                r.type().colour(),
                notice.status().name(),
                heading,
                requester,
                notice.action(),
                photo == null
                        ? null
                        : "data:" + photo.contentType() + ";base64,"
                                + Base64.getEncoder().encodeToString(photo.bytes()),
                particulars,
                facts,
                notice.restriction().classification().name(),
                date(notice.publishedAt()),
                date(notice.expiresAt()));
    }

    private static void add(List<Line> lines, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            lines.add(new Line(label, value));
        }
    }

    private static String join(@Nullable Object a, @Nullable Object b, @Nullable Object c) {
        List<String> parts = new ArrayList<>();
        for (Object part : new Object[] {a, b, c}) {
            if (part != null && !part.toString().isBlank()) {
                parts.add(part.toString());
            }
        }
        return String.join(" · ", parts);
    }

    private static String years(int months) {
        return months % 12 == 0 ? months / 12 + (months == 12 ? " year" : " years") : months + " months";
    }

    private static @Nullable String sex(@Nullable String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "M" -> "Male";
            case "F" -> "Female";
            default -> "Unknown";
        };
    }

    private static String date(@Nullable Instant at) {
        return at == null ? "—" : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }
}
