package org.interlink.notices;

/**
 * A notice or diffusion about a person left circulation (cancelled by its requester, or expired): screening removes
 * its subject's entry for this notice.
 *
 * @param noticeId the notice's id
 * @param personId the subject's person record
 * @param reason why, e.g. {@code "expired"} or the requester's reason for cancelling
 */
public record NoticeWithdrawn(String noticeId, String personId, String reason) {}
