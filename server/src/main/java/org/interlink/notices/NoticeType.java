package org.interlink.notices;

/**
 * The kinds of notice, each asking something different of the officer who meets its subject.
 *
 * <p>Example: {@code NoticeType.RED.action()} is {@code "arrest — Red Notice"}.
 */
public enum NoticeType {
    RED("Red Notice", "arrest", "#c8102e", true),
    YELLOW("Yellow Notice", "locate", "#f2c500", true),
    BLUE("Blue Notice", "identify", "#0057b8", true),
    BLACK("Black Notice", "identify the body", "#222222", false),
    GREEN("Green Notice", "be warned", "#2e8b57", true),
    ORANGE("Orange Notice", "be warned of an imminent threat", "#ff7f00", false),
    PURPLE("Purple Notice", "be informed of a modus operandi", "#6a3d9a", false),
    SILVER("Silver Notice", "trace the assets", "#8a8d8f", false),
    UNSC("INTERPOL–United Nations Security Council Special Notice", "apply the UN sanctions", "#1f4e79", true);

    private final String label;
    private final String verb;
    private final String colour;
    private final boolean aboutAPerson;

    NoticeType(String label, String verb, String colour, boolean aboutAPerson) {
        this.label = label;
        this.verb = verb;
        this.colour = colour;
        this.aboutAPerson = aboutAPerson;
    }

    /** The name of the notice in full, e.g. {@code "Red Notice"}. */
    public String label() {
        return label;
    }

    /** What the notice asks of an officer who meets its subject, e.g. {@code "arrest — Red Notice"}. */
    public String action() {
        return verb + " — " + label;
    }

    /** The colour of the printed notice's band, as a CSS hex colour. */
    public String colour() {
        return colour;
    }

    /** True when the subject of this kind of notice is a (named) person, who then enters screening. */
    public boolean aboutAPerson() {
        return aboutAPerson;
    }

    /** True for the two kinds that may have a public extract (with the requester's consent). */
    public boolean mayBePublic() {
        return this == RED || this == YELLOW;
    }
}
