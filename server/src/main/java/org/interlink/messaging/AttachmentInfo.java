package org.interlink.messaging;

/**
 * An attachment of a message, as listed with it.
 *
 * @param n its number in the message, from 1, as in {@code /api/v1/messages/{id}/attachments/{n}}
 * @param name the sanitised file name
 * @param contentType the media type detected from the bytes
 * @param size in bytes
 * @param sha256 of the content, lower-case hex; verified on every download
 */
public record AttachmentInfo(int n, String name, String contentType, long size, String sha256) {}
