package org.interlink.screening;

import java.util.Set;
import org.interlink.members.Countries;
import org.interlink.members.Country;

/**
 * Issuing-state codes a travel document may carry (ICAO 9303 part 3): every member's code, plus the codes of
 * non-members and of organisations and special documents, which a border officer must still be able to check (they
 * simply never match a record: only members record documents).
 */
final class IcaoCodes {

    private static final Set<String> OTHERS = Set.of(
            "TWN", "PRK", "TUV", "RKS", // non-members that issue passports
            "GBD", "GBN", "GBO", "GBP", "GBS", // British nationality classes
            "UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", // UN, stateless, refugees, unspecified
            "EUE", "XOM", "XPO", "XCC", "XES", "XMP", "XBA", "XIM", "XDC", "XEC", "XAA", // organisations
            "UTO"); // ICAO's specimen state

    private IcaoCodes() {}

    static boolean isKnown(String code, Countries countries) {
        return OTHERS.contains(code) || countries.findByIcao(code).isPresent();
    }

    /**
     * The ICAO code for a code as airline data writes it: an ICAO code stays as it is; a member's ISO 3166 alpha-3
     * code where ICAO uses another becomes the ICAO one ({@code DEU} → {@code D}). Anything else is answered unchanged,
     * for {@link #isKnown} to refuse.
     */
    static String canonical(String code, Countries countries) {
        if (isKnown(code, countries)) {
            return code;
        }
        return countries.all().stream()
                .filter(country -> country.alpha3().equals(code))
                .map(Country::icao)
                .findFirst()
                .orElse(code);
    }
}
