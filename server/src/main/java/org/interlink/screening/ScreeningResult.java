package org.interlink.screening;

import java.util.List;
import org.interlink.matching.Feature;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one check, as {@code API.md} fixes it: {@code outcome} HIT, POSSIBLE or NO_HIT and the ranked
 * matches the searcher may see. Records the searcher may not see never appear, and are not counted anywhere.
 *
 * @param mrz for a check by MRZ, the zone as read with every check digit's verdict (a failing one does not stop the
 *     check: the number and name are screened as read); otherwise null
 */
public record ScreeningResult(
        String outcome, List<Match> matches, @Nullable MrzReading mrz) {

    public static final String HIT = "HIT";
    public static final String POSSIBLE = "POSSIBLE";
    public static final String NO_HIT = "NO_HIT";

    /**
     * One record that matched.
     *
     * @param kind PERSON, DOCUMENT, VEHICLE or NOTICE
     * @param score 0..1 (1 for an exact document or VIN match)
     * @param matchedName the record's name, document number or VIN that matched
     * @param explanation the features compared and what each contributed (persons); empty for exact matches
     * @param summary what the record is (e.g. "stolen passport issued by FRA")
     * @param action what the owner asks the officer to do
     * @param owner the bureau to contact
     * @param hitId the hit raised by this match, when it reached the hit threshold
     * @param previouslyDismissed this traveller was already cleared for this version of the record: not a hit
     */
    public record Match(
            String recordId,
            String kind,
            double score,
            String matchedName,
            List<Feature> explanation,
            String summary,
            String action,
            String owner,
            @Nullable String hitId,
            boolean previouslyDismissed) {

        /** The record's page in the UI (not in the API's answer: Jackson serialises a record's components only). */
        public String page() {
            return RecordPage.of(kind, recordId);
        }
    }

    /** What the MRZ said, for the officer to compare with the document in hand. */
    public record MrzReading(
            String format,
            String documentCode,
            String issuingState,
            String primaryIdentifier,
            String secondaryIdentifier,
            String documentNumber,
            String nationality,
            @Nullable String dateOfBirth,
            String sex,
            @Nullable String dateOfExpiry,
            List<Check> checks,
            List<String> corrections) {

        /** The check digits that fail: each a possible-forgery signal for the officer. */
        public List<Check> failedChecks() {
            return checks.stream().filter(c -> !c.valid()).toList();
        }
    }

    /**
     * One check digit's verdict. A failing one is a possible-forgery signal: the document was screened as read.
     *
     * @param field documentNumber, dateOfBirth, dateOfExpiry, optionalData or composite
     */
    public record Check(String field, boolean valid) {

        /** The field in an officer's words, e.g. "document number" (for the UI; not in the API's answer). */
        public String label() {
            return switch (field) {
                case "documentNumber" -> "document number";
                case "dateOfBirth" -> "date of birth";
                case "dateOfExpiry" -> "expiry date";
                case "optionalData" -> "personal number";
                case "composite" -> "whole zone";
                default -> field;
            };
        }

        /** What a failing digit tells the officer, e.g. "check digit of the document number fails: verify the document". */
        public String signal() {
            return "check digit of the " + label() + " fails: verify the document";
        }
    }
}
