package org.interlink.messaging;

/**
 * The allow-list of attachment types, each recognised from the bytes (see {@link FileTypes}), never from the name or
 * the content type the client declared.
 */
public enum AttachmentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    TEXT("text/plain; charset=utf-8"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODT("application/vnd.oasis.opendocument.text"),
    ODS("application/vnd.oasis.opendocument.spreadsheet"),
    DOC("application/msword"),
    XLS("application/vnd.ms-excel");

    private final String mediaType;

    AttachmentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type answered on download. */
    public String mediaType() {
        return mediaType;
    }

    static AttachmentType ofMediaType(String mediaType) {
        for (AttachmentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an allowed media type: " + mediaType);
    }
}
