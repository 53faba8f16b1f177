package org.liaison.meetings.document;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Small real files for the tests, written with PDFBox and POI, with the words of article 003 (shared/seeds): the
 * working paper that the relations office of the Syrian Democratic Council brought to its meeting with the parties
 * of «مسد» in Qamishli.
 */
public final class SampleFiles {

    /** Article 003's account of the working paper, a sentence a line. */
    public static final List<String> WORKING_PAPER = List.of(
            "شارك مكتب العلاقات خلال الاجتماع ورقة عمل كان قد أعدها للمناقشة",
            "تضمنت هيكلية المكتب ومهامه على المستوى الوطني السوري",
            "كما استعرضت الورقة مهام وأهداف ممثليات مسد في الدول العربية والأوروبية وأميركا");

    /** A font with Arabic letters, as Debian installs it (fonts-dejavu-core). */
    private static final File FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private SampleFiles() {
    }

    /**
     * A one-page PDF of these lines. Each line is drawn in visual order (right to left, reversed), as PDFs made by
     * word processors store Arabic; PDFBox's text extraction gives it back in reading order.
     */
    public static byte[] pdf(List<String> lines) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            PDType0Font font = PDType0Font.load(pdf, FONT);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(font, 12);
                text.newLineAtOffset(40, 700);
                for (String line : lines) {
                    text.showText(new StringBuilder(line).reverse().toString());
                    text.newLineAtOffset(0, -18);
                }
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX of these lines, a paragraph each. */
    public static byte[] docx(List<String> lines) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                docx.createParagraph().createRun().setText(line);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
