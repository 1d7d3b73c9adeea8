package org.interlink.audit;

/** The kinds of processing operation the audit log records. */
public enum Operation {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    TOKEN_ISSUED,
    TOKEN_REFUSED,
    CREATE,
    READ,
    UPDATE,
    DELETE,
    LIST,
    SEARCH,
    SCREEN,
    IMPORT,
    EXPORT,
    DISCLOSE,
    SEND,
    DOWNLOAD,
    REVIEW,
    PERMISSION_CHANGE,
    AUDIT_VERIFY
}
