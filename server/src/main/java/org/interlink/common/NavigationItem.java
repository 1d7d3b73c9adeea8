package org.interlink.common;

/**
 * A module's entry in the main navigation. A module contributes a bean of this type once its pages exist.
 *
 * @param key the module, e.g. {@code records}; pages name it to mark the active entry
 * @param label what the entry reads
 * @param path where it leads
 * @param order its place, left to right
 */
public record NavigationItem(String key, String label, String path, int order) {}
