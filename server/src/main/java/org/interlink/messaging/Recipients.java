package org.interlink.messaging;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Whom a message is addressed to: listed bureaus (ISO alpha-2 member codes or {@code GS}), or every bureau, written
 * {@code ["ALL"]} in the API (the sender's own bureau excepted).
 *
 * @param all addressed to every bureau, including the General Secretariat
 * @param bureaus the listed bureaus, upper case, sorted, without duplicates; empty when {@code all}
 */
public record Recipients(boolean all, List<String> bureaus) {

    /** The API's word for "every bureau". */
    public static final String ALL = "ALL";

    public Recipients {
        TreeSet<String> sorted = new TreeSet<>();
        for (String bureau : bureaus) {
            if (!bureau.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("not a bureau code: " + bureau);
            }
            sorted.add(bureau.toUpperCase(Locale.ROOT));
        }
        if (all == !sorted.isEmpty()) {
            throw new IllegalArgumentException("either every bureau or at least one listed bureau");
        }
        bureaus = List.copyOf(sorted);
    }

    /** As the API writes them: the bureaus, or {@code ["ALL"]}. */
    public List<String> asAddressed() {
        return all ? List.of(ALL) : bureaus;
    }
}
