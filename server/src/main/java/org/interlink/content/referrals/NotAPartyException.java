package org.interlink.content.referrals;

/**
 * The viewer may see the referral but is not the one to take this step (only the sender sends; only the addressed
 * bureau, or the sender for a platform, acknowledges and acts): answered 403 naming {@code bureau}.
 */
class NotAPartyException extends RuntimeException {

    NotAPartyException(String message) {
        super(message);
    }
}
