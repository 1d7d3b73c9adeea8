package org.interlink.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.interlink.access.Viewer;
import org.interlink.members.Country;

/**
 * What makes a travel document record acceptable. As at INTERPOL, only the issuing country's bureau (or the General
 * Secretariat) may report a document: {@link NotIssuerException} otherwise.
 */
final class DocumentRules {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern NUMBER = Pattern.compile("[A-Z0-9]{3,20}");

    private DocumentRules() {}

    static Validated validate(DocumentInput in, Viewer viewer, Validation v) {
        Validation.Common common = v.common(
                RecordKind.DOCUMENT,
                viewer,
                in.externalId(),
                in.access(),
                in.purpose(),
                in.legalReference(),
                in.reviewBy());
        String number = number(in.number(), v);
        String type = v.oneOf("type", in.type(), DocumentInput.Type.class, true);
        String status = v.oneOf("status", in.status(), DocumentInput.Status.class, true);
        Country issuer = null;
        if (in.issuingCountry() == null || in.issuingCountry().isBlank()) {
            v.reject("issuingCountry", "is required");
        } else {
            issuer = v.countries().findByIcao(in.issuingCountry().strip()).orElse(null);
            if (issuer == null) {
                v.reject("issuingCountry", "is not the ICAO code of a member country (e.g. FRA, D, GBR)");
            }
        }
        LocalDate reportedOn = v.date("reportedOn", in.reportedOn());
        if (reportedOn != null && reportedOn.isAfter(v.today())) {
            v.reject("reportedOn", "is in the future");
        }
        String holder = v.text("holderPersonId", in.holderPersonId(), 40);
        if (holder != null && RecordKind.ofId(holder) != RecordKind.PERSON) {
            v.reject("holderPersonId", "is not the id of a person record");
        }
        if (issuer != null
                && v.isValid()
                && !viewer.isGeneralSecretariat()
                && !viewer.bureau().equals(issuer.code())) {
            throw new NotIssuerException(issuer);
        }
        DocumentInput body = new DocumentInput(
                common.externalId(),
                number,
                type,
                issuer == null ? null : issuer.icao(),
                status,
                reportedOn == null ? null : reportedOn.toString(),
                holder,
                common.access(),
                common.purpose(),
                common.legalReference(),
                common.declaredReviewBy());
        String label = (type == null ? "" : type) + " " + number + " (" + (issuer == null ? "" : issuer.icao()) + ")";
        String search =
                (number + " " + (common.externalId() == null ? "" : common.externalId())).toLowerCase(Locale.ROOT);
        return new Validated(
                RecordKind.DOCUMENT,
                body,
                common,
                label,
                search.strip(),
                status,
                issuer == null ? null : issuer.code(),
                List.of());
    }

    /** Upper case, spaces and hyphens dropped: "x 123-456" and "X123456" are one number. */
    static String number(String raw, Validation v) {
        if (raw == null || raw.isBlank()) {
            v.reject("number", "is required");
            return "";
        }
        String number = SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
        if (!NUMBER.matcher(number).matches()) {
            v.reject("number", "must be 3 to 20 letters A-Z and digits");
            return "";
        }
        return number;
    }
}
