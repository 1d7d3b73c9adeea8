package org.interlink.cyber;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * The TAXII 2.1 media types. Every answer is {@code application/taxii+json;version=2.1}; a request may accept it as
 * such, as {@code application/taxii+json} (which means the latest version, 2.1), or by a wildcard, else 406. The
 * endpoints that return STIX objects also accept {@code application/stix+json;version=2.1} (the envelope is then sent
 * under that type). A body must be {@code application/taxii+json}, without a version or with 2.1, else 415.
 */
final class TaxiiMedia {

    static final String TAXII = "application/taxii+json;version=2.1";
    static final String STIX = "application/stix+json;version=2.1";

    private static final MediaType TAXII_TYPE = MediaType.parseMediaType(TAXII);
    private static final MediaType STIX_TYPE = MediaType.parseMediaType(STIX);

    private TaxiiMedia() {}

    /** The type to answer in for this {@code Accept}; {@code stixToo} where STIX objects are returned. */
    static String answer(@Nullable String accept, boolean stixToo) {
        if (accept == null || accept.isBlank()) {
            return TAXII;
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw notAcceptable();
        }
        boolean stix = false;
        for (MediaType type : accepted) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isWildcardType()
                    || (type.isWildcardSubtype() && type.getType().equals("application"))) {
                return TAXII;
            }
            if (is(type, TAXII_TYPE)) {
                return TAXII;
            }
            stix |= stixToo && is(type, STIX_TYPE);
        }
        if (stix) {
            return STIX;
        }
        throw notAcceptable();
    }

    /** Refuses a body that is not a TAXII 2.1 envelope with 415. */
    static void requireBody(@Nullable String contentType) {
        try {
            if (contentType != null && is(MediaType.parseMediaType(contentType), TAXII_TYPE)) {
                return;
            }
        } catch (InvalidMediaTypeException e) {
            // refused below
        }
        throw new TaxiiException(
                415,
                "Unsupported Media Type",
                "Content-Type must be " + TAXII,
                java.util.Map.of("Content-Type", "must be " + TAXII));
    }

    /** Same type and subtype, and a version of 2.1 or none (the latest). */
    private static boolean is(MediaType type, MediaType wanted) {
        if (!type.getType().equalsIgnoreCase(wanted.getType())
                || !type.getSubtype().equalsIgnoreCase(wanted.getSubtype())) {
            return false;
        }
        String version = type.getParameter("version");
        return version == null || version.equals("2.1");
    }

    private static TaxiiException notAcceptable() {
        return new TaxiiException(
                406, "Not Acceptable", "Accept must allow " + TAXII, java.util.Map.of("Accept", "must allow " + TAXII));
    }
}
