package org.interlink.members;

/** A member bureau: its code (ISO 3166-1 alpha-2, or GS for the General Secretariat) and its name. */
public record Bureau(String code, String name) {}
