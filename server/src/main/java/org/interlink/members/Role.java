package org.interlink.members;

/** What a person or a machine client may do. */
public enum Role {
    /** Reads shared data, screens, sends messages. */
    OFFICER,
    /** Records and changes the bureau's data; drafts notices. */
    EDITOR,
    /** General Secretariat: reviews notice requests against the rules. */
    REVIEWER,
    /** Reads and verifies the audit log. */
    AUDITOR,
    /** Manages the bureau's users and clients (the General Secretariat's manage everyone's). */
    ADMINISTRATOR
}
