package org.interlink.records;

import org.interlink.members.Country;

/** A bureau tried to report a travel document its country did not issue: answered 403 naming issuingCountry. */
class NotIssuerException extends RuntimeException {

    NotIssuerException(Country issuer) {
        super("only the bureau of " + issuer.name() + " (" + issuer.code()
                + ") or the General Secretariat may report documents issued by " + issuer.icao());
    }
}
