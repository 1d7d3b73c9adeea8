package org.interlink.screening;

import java.util.Set;
import org.interlink.members.Countries;

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
}
