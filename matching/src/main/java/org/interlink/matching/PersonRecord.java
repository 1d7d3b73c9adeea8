package org.interlink.matching;

/**
 * An indexed person in compact form.
 *
 * @param dateOfBirth {@link PartialDate#packed()}, 0 when unknown
 * @param nationalities alpha-2 codes concatenated ("RUUA"), empty when unknown
 * @param sex ordinal of {@link Sex}, -1 when unknown
 * @param signatures {@link TokenSignatures#of(NameForm[])} of the names, for the cheap re-ranking of candidates
 */
record PersonRecord(String id, NameForm[] names, int dateOfBirth, String nationalities, byte sex, long[] signatures) {

    static PersonRecord of(PersonEntry entry) {
        NameForm[] forms = entry.names().stream().map(NameForm::of).toArray(NameForm[]::new);
        String nationalities = String.join("", entry.nationalities());
        PartialDate dob = entry.dateOfBirth();
        Sex sex = entry.sex();
        return new PersonRecord(
                entry.id(),
                forms,
                dob == null ? 0 : dob.packed(),
                nationalities,
                (byte) (sex == null ? -1 : sex.ordinal()),
                TokenSignatures.of(forms));
    }

    boolean hasNationality(String alpha2) {
        for (int i = 0; i + 1 < nationalities.length(); i += 2) {
            if (nationalities.charAt(i) == alpha2.charAt(0) && nationalities.charAt(i + 1) == alpha2.charAt(1)) {
                return true;
            }
        }
        return false;
    }
}
