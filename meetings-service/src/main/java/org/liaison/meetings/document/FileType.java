package org.liaison.meetings.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The kinds of file a document may be, each with its media type and the file name extensions that say it. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    WEBP("image/webp", "webp"),
    TEXT("text/plain;charset=UTF-8", "txt", "text");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a file name agrees with this type: its extension is one of the type's, or it has none. */
    boolean namedBy(String fileName) {
        String extension = extension(fileName);
        return extension == null || extensions.contains(extension);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? null : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static FileType ofMediaType(String mediaType) {
        for (FileType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no file type " + mediaType);
    }

    static List<String> mediaTypes() {
        return Arrays.stream(values()).map(FileType::mediaType).toList();
    }
}
