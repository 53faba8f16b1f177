package org.liaison.meetings.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a PDF (PDFBox), a DOCX (POI) or a text file, for the search of the document's meetings; images have
 * none. At most {@code maxChars} characters are kept. A file that its parser cannot read is not what its first bytes
 * claim: {@link UnreadableFile}.
 */
final class DocumentText {

    private DocumentText() {
    }

    /** A file whose bytes begin like its type but that its parser refuses. */
    static final class UnreadableFile extends Exception {
        UnreadableFile(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String of(Path file, FileType type, int maxChars) throws UnreadableFile {
        try {
            return switch (type) {
                case PDF -> pdf(file, maxChars);
                case DOCX -> docx(file, maxChars);
                case TEXT -> text(file, maxChars);
                case PNG, JPEG, WEBP -> "";
            };
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("not a readable " + type.name() + " file: " + e.getMessage(), e);
        }
    }

    private static String pdf(Path file, int maxChars) throws IOException {
        // Parsed from the file, with its streams cached in temporary files rather than in memory.
        try (PDDocument pdf = Loader.loadPDF(file.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            BoundedText text = new BoundedText(maxChars);
            new PDFTextStripper().writeText(pdf, text);
            return text.toString();
        } catch (InvalidPasswordException e) {
            return ""; // a PDF all the same: stored, but its text is locked
        }
    }

    private static String docx(Path file, int maxChars) throws IOException {
        try (OPCPackage zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(zip))) {
            String text = extractor.getText();
            return text.length() > maxChars ? text.substring(0, maxChars) : text;
        } catch (InvalidFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String text(Path file, int maxChars) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] chars = new char[maxChars];
            int n = reader.read(chars, 0, maxChars);
            int total = 0;
            while (n > 0) {
                total += n;
                n = total == maxChars ? -1 : reader.read(chars, total, maxChars - total);
            }
            return new String(chars, 0, total);
        }
    }

    /** Keeps the first characters written to it and drops the rest. */
    private static final class BoundedText extends Writer {
        private final StringBuilder kept = new StringBuilder();
        private final int max;

        BoundedText(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            kept.append(chars, offset, Math.min(length, Math.max(0, max - kept.length())));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return kept.toString();
        }
    }
}
