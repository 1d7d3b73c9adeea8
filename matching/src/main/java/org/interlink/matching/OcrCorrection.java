package org.interlink.matching;

/**
 * One character the MRZ reader changed because the field's type forbids what was read (a letter in a date, a digit in
 * a name). Document numbers and optional data allow both letters and digits and are never corrected.
 *
 * @param field the corrected field, e.g. {@code dateOfBirth}
 * @param line 1-based line
 * @param column 1-based column
 * @param read the character as read
 * @param corrected the character used instead
 */
public record OcrCorrection(String field, int line, int column, char read, char corrected) {}
