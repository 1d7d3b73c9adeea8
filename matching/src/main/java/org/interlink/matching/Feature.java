package org.interlink.matching;

/**
 * One line of a match explanation: a compared feature, what was observed, and how much it moved the score. A person
 * score is the sum of all contributions, clamped to [0, 1].
 *
 * <p>Example: {@code Feature[name=dateOfBirth, value=1.0, contribution=0.05, detail=1952-10-07 = 1952-10-07 exact]}.
 *
 * @param name {@code name}, {@code rarity}, {@code coverage}, {@code shortness}, {@code dateOfBirth}, {@code
 *     nationality} or {@code sex}, in that order
 * @param value the observed agreement: for {@code name} the similarity in [0, 1]; for {@code rarity} the pair-weighted
 *     mean of ln(indexed persons holding the paired token); for {@code coverage} the mean share of the two names the
 *     pairing explains; for {@code shortness} how short the shorter name is (see {@code NameCalibration}); otherwise 1
 *     (agrees), between 0 and 1 (partly agrees), 0 (unknown on a side), negative (contradicts)
 * @param contribution the signed amount added to the score (see {@link Parameters})
 * @param detail a human-readable account for officers and auditors
 */
public record Feature(String name, double value, double contribution, String detail) {}
