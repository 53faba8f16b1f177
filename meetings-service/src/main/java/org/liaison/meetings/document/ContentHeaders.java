package org.liaison.meetings.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** The response headers of a document's bytes that say what they are. */
final class ContentHeaders {

    private ContentHeaders() {
    }

    /**
     * {@code attachment} with the uploaded name: as {@code filename*} in UTF-8 (RFC 6266, RFC 8187), which every
     * current browser reads (Arabic names included), and as {@code filename} in ASCII with the other characters
     * replaced, for clients that read only that.
     */
    static String attachment(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** RFC 9530's {@code Repr-Digest} of the bytes, from their SHA-256 in hex. */
    static String reprDigest(String sha256Hex) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex)) + ":";
    }

    /** Whether an If-None-Match value names the tag (or is {@code *}); weak or strong alike (RFC 9110 §13.1.2). */
    static boolean noneMatch(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals("\"" + tag + "\""));
    }
}
