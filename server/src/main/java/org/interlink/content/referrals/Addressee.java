package org.interlink.content.referrals;

import org.jspecify.annotations.Nullable;

/**
 * Whom a referral is sent to: a bureau (it then sees the referral and answers it itself) or an online platform (the
 * sending bureau records the platform's answers).
 *
 * <p>Public: the pages' templates read it.
 *
 * @param bureau the bureau's code (alpha-2 or {@code GS}), or null for a platform
 * @param platform the platform's name, e.g. {@code ExampleTube}, or null for a bureau
 * @param contact the platform's point of contact for orders (an address or a form), or null
 */
public record Addressee(
        @Nullable String bureau,
        @Nullable String platform,
        @Nullable String contact) {

    public Addressee {
        if ((bureau == null) == (platform == null)) {
            throw new IllegalArgumentException("an addressee is either a bureau or a platform");
        }
    }

    static Addressee bureau(String code) {
        return new Addressee(code, null, null);
    }

    static Addressee platform(String name, @Nullable String contact) {
        return new Addressee(null, name, contact);
    }

    public boolean namesBureau() {
        return bureau != null;
    }
}
