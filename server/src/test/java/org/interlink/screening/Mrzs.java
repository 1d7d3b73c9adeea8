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

    /** The same zone with the document number's check digit (line 2, column 10) off by one: a forgery's mark. */
    static String withDocumentNumberCheckDigitWrong(String td3) {
        int at = td3.indexOf('\n') + 1 + 9;
        char wrong = (char) ('0' + (td3.charAt(at) - '0' + 1) % 10);
        return td3.substring(0, at) + wrong + td3.substring(at + 1);
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
