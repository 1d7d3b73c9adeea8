package org.interlink.members;

/**
 * A member country.
 *
 * @param code ISO 3166-1 alpha-2, e.g. {@code FR}
 * @param alpha3 ISO 3166-1 alpha-3, e.g. {@code FRA}
 * @param icao the ICAO 9303 code on its travel documents: the alpha-3 code except {@code D} for Germany
 * @param name the English short name
 */
public record Country(String code, String alpha3, String icao, String name) {}
