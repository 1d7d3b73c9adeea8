package org.interlink.screening;

/** A check's audit row could not be committed in time: the check must not be answered (503). */
public class JournalUnavailable extends RuntimeException {

    JournalUnavailable(String message) {
        super(message);
    }
}
