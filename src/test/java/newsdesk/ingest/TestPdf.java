package newsdesk.ingest;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Builds the page PDFs of the tests with PDFBox itself: text placed line by line at given positions
 * and sizes, in a CJK font of the machine. PDFBox can embed TrueType outlines only, so the Noto CJK
 * collections (CFF outlines) do not qualify; Debian's fonts-wqy-zenhei does. Without such a font a
 * test is skipped with the reason, not failed.
 */
final class TestPdf implements AutoCloseable {

    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    private static final List<Path> CJK_TRUETYPE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));

    /** A line of text to print: its left edge and baseline are measured from the page's top left. */
    record Line(String text, float x, float baseline, float size) {
    }

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final PDType0Font font;
    private final List<List<Line>> pages = new ArrayList<>(List.of(new ArrayList<>()));

    private TestPdf(Path fontFile) throws IOException {
        collection = new TrueTypeCollection(fontFile.toFile());
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
        font = PDType0Font.load(document, first.get(), true);
    }

    /** A new one-page document; the calling test is skipped when the machine has no CJK TrueType font. */
    static TestPdf page() {
        Optional<Path> fontFile = CJK_TRUETYPE_FONTS.stream().filter(Files::isRegularFile).findFirst();
        assumeTrue(fontFile.isPresent(), "no CJK TrueType font to build test PDFs with: install fonts-wqy-zenhei");
        try {
            return new TestPdf(fontFile.get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestPdf line(String text, float x, float baseline, float size) {
        pages.getLast().add(new Line(text, x, baseline, size));
        return this;
    }

    /** Lines from here on go on a further page. */
    TestPdf nextPage() {
        pages.add(new ArrayList<>());
        return this;
    }

    /**
     * Sets paragraphs as a column of body text, {@code charsPerLine} characters a line, the first
     * line of each paragraph indented by two characters; returns the baseline below the last line.
     */
    float column(List<String> paragraphs, float x, float firstBaseline, float size, int charsPerLine) {
        return column(paragraphs, x, firstBaseline, size, charsPerLine, false);
    }

    /** As {@link #column}, where the first paragraph goes on from the column before, so is not indented. */
    float continuedColumn(List<String> paragraphs, float x, float firstBaseline, float size, int charsPerLine) {
        return column(paragraphs, x, firstBaseline, size, charsPerLine, true);
    }

    private float column(List<String> paragraphs, float x, float firstBaseline, float size, int charsPerLine,
            boolean continued) {
        float leading = size * 1.5f;
        float baseline = firstBaseline;
        for (String paragraph : paragraphs) {
            int[] chars = paragraph.codePoints().toArray();
            int start = 0;
            boolean first = !continued || baseline > firstBaseline;
            while (start < chars.length) {
                int width = first ? charsPerLine - 2 : charsPerLine;
                int end = Math.min(chars.length, start + width);
                line(new String(chars, start, end - start), first ? x + 2 * size : x, baseline, size);
                baseline += leading;
                start = end;
                first = false;
            }
        }
        return baseline;
    }

    byte[] bytes() {
        return write(null);
    }

    /** The page encrypted with a password a reader must type to open it. */
    byte[] encryptedBytes() {
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "reader", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return write(policy);
    }

    private byte[] write(StandardProtectionPolicy protection) {
        try {
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Line line : lines) {
                        content.beginText();
                        content.setFont(font, line.size());
                        content.newLineAtOffset(line.x(), PAGE_HEIGHT - line.baseline());
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            if (protection != null) {
                document.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page that holds nothing but a picture, as a scanner writes it. */
    static byte[] imageOnlyPage() {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < scan.getHeight(); y += 7) {
                for (int x = 10; x < 190; x++) {
                    scan.setRGB(x, y, 0xFFFFFF);
                }
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 50, 300, 400, 500);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF with the ToUnicode maps of its fonts removed, as some typesetting systems write it:
     * a reader then has to guess the characters from the font's own tables, and a subset font (as
     * embedded here) has none to guess from.
     */
    static byte[] withoutToUnicode(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    page.getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] emptyPage() {
        return emptyPages(1);
    }

    static byte[] emptyPages(int pages) {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
        collection.close();
    }
}
