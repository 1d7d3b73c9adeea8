package org.interlink.records;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.interlink.access.Viewer;

/** What makes a person record acceptable: names in any script with one primary name, real dates, member countries. */
final class PersonRules {

    static final int MAX_NAMES = 30;

    private PersonRules() {}

    static Validated validate(PersonInput in, Viewer viewer, Validation v) {
        Validation.Common common = v.common(
                RecordKind.PERSON,
                viewer,
                in.externalId(),
                in.access(),
                in.purpose(),
                in.legalReference(),
                in.reviewBy());
        List<PersonName> names = names(in.names(), v);
        String sex = v.oneOf("sex", in.sex(), Sex.class, false);
        String dateOfBirth = v.partialDate("dateOfBirth", in.dateOfBirth());
        String placeOfBirth = v.text("placeOfBirth", in.placeOfBirth(), 200);
        List<String> nationalities = v.countryList("nationalities", in.nationalities(), 10);
        List<String> documents = v.texts("identityDocuments", in.identityDocuments(), 20, 50);
        List<String> marks = v.texts("distinguishingMarks", in.distinguishingMarks(), 20, 200);
        List<String> categories = categories(in.categories(), v);
        String summary = v.text("summary", in.summary(), 2000);
        PersonInput body = new PersonInput(
                common.externalId(),
                names,
                sex,
                dateOfBirth,
                placeOfBirth,
                nationalities,
                documents,
                marks,
                categories,
                summary,
                common.access(),
                common.purpose(),
                common.legalReference(),
                common.declaredReviewBy());
        String primary = names.stream()
                .filter(n -> n.type() == NameType.PRIMARY)
                .map(PersonName::value)
                .findFirst()
                .orElse("");
        StringBuilder search = new StringBuilder();
        names.forEach(n -> search.append(n.value()).append(' '));
        documents.forEach(d -> search.append(d).append(' '));
        if (common.externalId() != null) {
            search.append(common.externalId());
        }
        return new Validated(
                RecordKind.PERSON,
                body,
                common,
                primary,
                search.toString().toLowerCase(Locale.ROOT).strip(),
                categories.isEmpty() ? null : categories.getFirst(),
                nationalities.isEmpty() ? null : nationalities.getFirst(),
                categories);
    }

    private static List<PersonName> names(List<PersonName> names, Validation v) {
        if (names == null || names.isEmpty()) {
            v.reject("names", "at least one name is required");
            return List.of();
        }
        if (names.size() > MAX_NAMES) {
            v.reject("names", "must hold at most " + MAX_NAMES + " names");
            return List.of();
        }
        List<PersonName> result = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            PersonName name = names.get(i);
            if (name == null) {
                v.reject("names[" + i + "]", "is empty");
                continue;
            }
            String value = v.required("names[" + i + "].value", name.value(), 200);
            String quality = v.text("names[" + i + "].quality", name.quality(), 20);
            if (quality != null && name.type() != NameType.ALIAS) {
                v.reject("names[" + i + "].quality", "only an alias has a quality");
            }
            if (!value.isEmpty()) {
                result.add(new PersonName(value, name.type(), quality));
            }
        }
        if (result.stream().noneMatch(n -> n.type() == NameType.PRIMARY) && v.isValid()) {
            v.reject("names", "one name must be of type PRIMARY");
        }
        return List.copyOf(result);
    }

    private static List<String> categories(List<String> categories, Validation v) {
        if (categories == null) {
            return List.of();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (int i = 0; i < categories.size(); i++) {
            String category = v.oneOf("categories[" + i + "]", categories.get(i), PersonCategory.class, true);
            if (category != null) {
                result.add(category);
            }
        }
        return List.copyOf(result);
    }
}
