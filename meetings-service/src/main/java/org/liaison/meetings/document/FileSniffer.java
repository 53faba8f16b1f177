package org.liaison.meetings.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a file is, read from its bytes (magic numbers), never from its name or the uploader's Content-Type: a PDF
 * begins {@code %PDF-}, a PNG, JPEG or WebP with its signature, a DOCX is a ZIP holding {@code word/document.xml};
 * a text is UTF-8 throughout without control characters other than tab, line and page breaks. Reads the file in
 * small buffers (a ZIP only through its central directory).
 */
final class FileSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final int HEAD = 16;
    private static final int BUFFER = 8192;

    private FileSniffer() {
    }

    /** The file's type, or empty when it is none of {@link FileType}'s. */
    static Optional<FileType> sniff(Path file) throws IOException {
        byte[] head = new byte[HEAD];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, HEAD);
        }
        head = Arrays.copyOf(head, read);
        if (startsWith(head, 0, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, 0, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, 0, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
            return Optional.of(FileType.WEBP);
        }
        if (startsWith(head, 0, ZIP)) {
            return isWordDocument(file) ? Optional.of(FileType.DOCX) : Optional.empty();
        }
        return isPlainText(file) ? Optional.of(FileType.TEXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isWordDocument(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("[Content_Types].xml") != null && zip.getEntry("word/document.xml") != null;
        } catch (ZipException e) {
            return false;
        }
    }

    private static boolean isPlainText(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return false;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file);
             Reader reader = new InputStreamReader(in, decoder)) {
            CharBuffer chars = CharBuffer.allocate(BUFFER);
            while (reader.read(chars) >= 0) {
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                        return false;
                    }
                }
                chars.clear();
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
