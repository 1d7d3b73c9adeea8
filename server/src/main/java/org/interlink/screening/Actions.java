package org.interlink.screening;

import java.util.Locale;
import java.util.Set;

/**
 * What an officer is asked to do on a hit, from the record's categories (and, once published, its notice). The most
 * pressing request wins.
 */
final class Actions {

    static final String VEHICLE = "seize the vehicle and contact the reporting bureau";

    private Actions() {}

    static String forPerson(Set<String> categories) {
        Set<String> upper = categories.stream()
                .map(c -> c.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'))
                .collect(java.util.stream.Collectors.toSet());
        if (upper.contains("WANTED")) {
            return "arrest — wanted person; contact the owner bureau at once";
        }
        if (upper.contains("FOREIGN_TERRORIST_FIGHTER")) {
            return "detain for questioning — foreign terrorist fighter; alert the owner bureau";
        }
        if (upper.contains("UN_SANCTIONS")) {
            return "apply the UN Security Council sanctions (travel ban, asset freeze); inform the GS";
        }
        if (upper.contains("MISSING")) {
            return "locate — missing person; ensure their safety and inform the owner bureau";
        }
        if (upper.contains("SUSPECT")) {
            return "check discreetly — suspect; do not alert the person; inform the owner bureau";
        }
        return "verify identity and contact the owner bureau";
    }
}
