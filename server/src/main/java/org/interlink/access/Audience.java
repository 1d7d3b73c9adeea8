package org.interlink.access;

/** Which member countries, besides the owner and the General Secretariat, may see an item. */
public enum Audience {
    /** Every member country. */
    ALL,
    /** Only the listed countries. An empty list means the owner and the General Secretariat alone. */
    ONLY,
    /** Every member country except the listed ones. */
    EXCEPT
}
