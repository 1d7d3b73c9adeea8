package org.interlink.notices;

/**
 * The kinds of diffusion a bureau sends straight to the countries it chooses, and the notice type whose rules each
 * must meet before it is sent (e.g. a {@code WANTED} diffusion meets the Red Notice rules).
 */
enum DiffusionType {
    WANTED(NoticeType.RED),
    MISSING(NoticeType.YELLOW),
    INFORMATION(NoticeType.BLUE),
    UNIDENTIFIED_BODY(NoticeType.BLACK),
    WARNING(NoticeType.GREEN),
    THREAT(NoticeType.ORANGE),
    MODUS_OPERANDI(NoticeType.PURPLE),
    ASSETS(NoticeType.SILVER);

    private final NoticeType rules;

    DiffusionType(NoticeType rules) {
        this.rules = rules;
    }

    NoticeType rules() {
        return rules;
    }

    /** What the diffusion asks of an officer, e.g. {@code "arrest — diffusion WANTED"}. */
    String action() {
        String notice = rules.action();
        return notice.substring(0, notice.indexOf(" — ")) + " — diffusion " + name();
    }
}
