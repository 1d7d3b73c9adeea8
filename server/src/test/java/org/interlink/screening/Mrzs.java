package org.interlink.screening;

/** Builds valid TD3 (passport) MRZs for tests, computing every check digit here (ICAO 9303 part 3, weights 7-3-1). */
final class Mrzs {

    private Mrzs() {}

    static String td3(
            String state,
            String surname,
            String given,
            String number,
            String nationality,
            String dob,
            char sex,
            String expiry) {
        String line1 = pad("P<" + state + surname.replace(' ', '<') + "<<" + given.replace(' ', '<'), 44);
        String num = pad(number, 9);
        String personal = pad("", 14);
        String line2 = num
                + digit(num)
                + pad(nationality, 3)
                + dob
                + digit(dob)
                + sex
                + expiry
                + digit(expiry)
                + personal
                + digit(personal);
        String composite = num + digit(num) + dob + digit(dob) + expiry + digit(expiry) + personal + digit(personal);
        return line1 + "\n" + line2 + digit(composite);
    }

    static String pad(String text, int length) {
        StringBuilder out = new StringBuilder(text);
        while (out.length() < length) {
            out.append('<');
        }
        return out.toString();
    }

    static char digit(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = c == '<' ? 0 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }
}
