package org.interlink.records;

import java.util.List;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A person as a bureau records it: the body of {@code POST /api/v1/persons}, of one line of a persons import, and
 * what the notices module passes to {@link Records#createPerson} for a notice subject given as a whole person.
 *
 * <p>Only {@code names} (with at least one {@code PRIMARY} name) is required. Example: {@code new
 * PersonInput("FR-2025-1", List.of(new PersonName("Ivan PETROV", NameType.PRIMARY)), "M", "1971-03", null,
 * List.of("RU"), null, null, List.of("WANTED"), "Armed robbery", Restriction.OPEN, null, null, null)}.
 *
 * @param externalId the owner's own reference; a repeated import with the same one updates rather than duplicates
 * @param sex {@code M}, {@code F} or {@code U}
 * @param dateOfBirth full or partial: {@code 1952-10-07}, {@code 1952-10}, {@code 1952}
 * @param nationalities ISO 3166-1 alpha-2 codes of member countries
 * @param identityDocuments numbers of identity documents the person holds or used
 * @param categories {@code WANTED}, {@code MISSING}, {@code SUSPECT}, {@code FOREIGN_TERRORIST_FIGHTER}, {@code
 *     UN_SANCTIONS}, {@code OFFENDER}, {@code VICTIM}, {@code WITNESS}, {@code UNIDENTIFIED}
 * @param summary at most 2,000 characters
 * @param access who may see it; default {@link Restriction#OPEN}
 * @param purpose why the record is held; default "international police cooperation"
 * @param legalReference the legal basis, e.g. a warrant or a law's article
 * @param reviewBy {@code YYYY-MM-DD}, at most 5 years ahead (the default)
 */
public record PersonInput(
        @Nullable String externalId,
        @Nullable List<PersonName> names,
        @Nullable String sex,
        @Nullable String dateOfBirth,
        @Nullable String placeOfBirth,
        @Nullable List<String> nationalities,
        @Nullable List<String> identityDocuments,
        @Nullable List<String> distinguishingMarks,
        @Nullable List<String> categories,
        @Nullable String summary,
        @Nullable Restriction access,
        @Nullable String purpose,
        @Nullable String legalReference,
        @Nullable String reviewBy) {}
