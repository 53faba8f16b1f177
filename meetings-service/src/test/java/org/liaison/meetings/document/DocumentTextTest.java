package org.liaison.meetings.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.names.ArabicNames;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a file is comes from its bytes; its words come back in reading order, folded as the search folds them. */
class DocumentTextTest {

    @TempDir
    Path folder;

    @Test
    void aPdfsWordsComeBackInReadingOrder() throws Exception {
        Path file = write("paper.pdf", SampleFiles.pdf(SampleFiles.WORKING_PAPER));
        assertEquals(Optional.of(FileType.PDF), FileSniffer.sniff(file));
        String text = ArabicNames.searchKey(DocumentText.of(file, FileType.PDF, 100_000));
        assertTrue(text.contains(ArabicNames.searchKey("تضمنت هيكلية المكتب ومهامه")), text);
    }

    @Test
    void aDocxsWordsComeBack() throws Exception {
        Path file = write("paper.docx", SampleFiles.docx(SampleFiles.WORKING_PAPER));
        assertEquals(Optional.of(FileType.DOCX), FileSniffer.sniff(file));
        String text = ArabicNames.searchKey(DocumentText.of(file, FileType.DOCX, 100_000));
        assertTrue(text.contains(ArabicNames.searchKey("ممثليات مسد في الدول العربية")), text);
    }

    @Test
    void textIsKeptUpToTheLimit() throws Exception {
        Path file = write("paper.txt", String.join("\n", SampleFiles.WORKING_PAPER).getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(FileType.TEXT), FileSniffer.sniff(file));
        assertEquals("شارك", DocumentText.of(file, FileType.TEXT, 4));
    }

    @Test
    void bytesDecideNotNames() throws Exception {
        assertEquals(Optional.empty(), FileSniffer.sniff(write("a.pdf", new byte[] {0, 1, 2, 3, (byte) 0xfe})));
        assertEquals(Optional.empty(), FileSniffer.sniff(write("b.docx", zipWithout())));
        assertEquals(Optional.of(FileType.PNG), FileSniffer.sniff(write("c.pdf",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})));
        assertEquals(Optional.of(FileType.TEXT), FileSniffer.sniff(write("d.pdf",
                "ليس ملف PDF".getBytes(StandardCharsets.UTF_8))));
        Path brokenPdf = write("e.pdf", "%PDF-1.7 but nothing after".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Optional.of(FileType.PDF), FileSniffer.sniff(brokenPdf));
        assertThrows(DocumentText.UnreadableFile.class, () -> DocumentText.of(brokenPdf, FileType.PDF, 100));
        assertTrue(FileType.PDF.namedBy("ورقة عمل.PDF"));
        assertTrue(FileType.PDF.namedBy("no-extension"));
        assertFalse(FileType.PDF.namedBy("paper.docx"));
    }

    /** A ZIP that is no Word document. */
    private static byte[] zipWithout() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("x".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(folder.resolve(name), bytes);
    }
}
