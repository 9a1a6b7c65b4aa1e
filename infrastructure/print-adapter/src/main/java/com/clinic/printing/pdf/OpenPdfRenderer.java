package com.clinic.printing.pdf;

import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.OrderItem;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.ChineseAmount;
import com.clinic.platform.Money;
import com.clinic.platform.ShanghaiTime;
import com.clinic.journey.visit.VisitAccess;
import com.clinic.printing.Letterhead;
import com.clinic.printing.PrintDocument;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintRenderer;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders print jobs with OpenPDF. Barcodes are drawn as vector bars and modules (ZXing computes them), so they
 * print sharp at any size and need no image libraries. Chinese text uses the bundled Noto Sans SC (its common
 * characters from a face cut at build time, the rest from the whole face), with Noto Sans HK for the Extension B
 * ideographs SC lacks, each embedded as a subset of the characters used. A character no face has is printed as
 * {@link PrintJob#MISSING_GLYPH} and reported, never silently dropped.
 */
public final class OpenPdfRenderer implements PrintRenderer {
    private final Letterhead clinic;
    private final Letterhead company;

    /** @param clinic heads the clinic's papers; {@code company} the program's (the deployment's parameters) */
    public OpenPdfRenderer(Letterhead clinic, Letterhead company) {
        this.clinic = clinic;
        this.company = company;
    }

    static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    /** Noto Sans SC cut to the common characters (the build's {@code CommonFace}): 2.4 MB of the 10. */
    static final String COMMON_FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Common.ttf";
    static final String FALLBACK_FONT = "/fonts/ttf/NotoSansHK/NotoSansHK-Regular.ttf";
    private static final float MM = 72f / 25.4f;
    /** An A4 page's margins: the letterhead above, the page number and footer below, on every page. */
    private static final float SIDE = 18 * MM;
    private static final float TOP = 36 * MM;
    private static final float BOTTOM = 22 * MM;

    /** The common face, read once: by {@link #rehearse()} or by the first job. */
    private static final class Common {
        static final BaseFont FACE = load(COMMON_FONT);
    }

    /** The whole of Noto Sans SC, read only when a text holds a character the common face lacks. */
    private static final class Whole {
        static final BaseFont FACE = load(FONT);
    }

    /** Noto Sans HK, read only when a text holds a character SC lacks (rare: Extension B names). */
    private static final class Fallback {
        static final BaseFont FACE = load(FALLBACK_FONT);
    }

    private static BaseFont load(String path) {
        try (InputStream in = OpenPdfRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font " + path + " is not packaged");
            }
            return BaseFont.createFont(path.substring(path.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the common face and draws one throwaway label, so that a job rendered afterwards finds the face
     * read and OpenPDF's and ZXing's drawing code loaded. A print worker runs it in the background at its cold
     * start, while the job and the visit are read; a job that needs the face sooner waits for it (the face is a
     * class constant, read once). Returns the label (the bench's plain print handler stores it).
     */
    public static byte[] rehearse() {
        return pdf(new Rectangle(80 * MM, 50 * MM), 4 * MM, (doc, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            text(canvas, 12, 4 * MM, 43 * MM, "预热 PRIMING", new LinkedHashSet<>());
            drawMatrix(canvas, code128("PRIMING"), 4 * MM, 9 * MM, 48 * MM, 14 * MM);
            drawMatrix(canvas, qr("PRIMING"), 55 * MM, 9 * MM, 22 * MM, 22 * MM);
        });
    }

    /** The first face that has the character: the common one, the whole of SC, then HK; null if none has. */
    private static BaseFont faceFor(int cp) {
        if (Common.FACE.charExists(cp) || Character.isWhitespace(cp)) {
            return Common.FACE;
        }
        if (Whole.FACE.charExists(cp)) {
            return Whole.FACE;
        }
        return Fallback.FACE.charExists(cp) ? Fallback.FACE : null;
    }

    /** One run of text in one face. */
    private record Run(BaseFont face, String text) {
    }

    /**
     * Splits text into runs by the first face that has each character; a character no face has becomes the
     * marker and is remembered in {@code undrawable} (white space and controls need no glyph).
     */
    static List<Run> runs(String text, Set<String> undrawable) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        BaseFont face = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String ch = new String(Character.toChars(cp));
            BaseFont f = faceFor(cp);
            if (f == null) {
                if (Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.NON_SPACING_MARK) {
                    undrawable.add(ch);
                    ch = PrintJob.MISSING_GLYPH;
                } else {
                    ch = "";
                }
                f = Common.FACE;
            }
            if (f != face && current.length() > 0) {
                runs.add(new Run(face, current.toString()));
                current.setLength(0);
            }
            face = f;
            current.append(ch);
        }
        if (current.length() > 0) {
            runs.add(new Run(face, current.toString()));
        }
        return runs;
    }

    @Override
    public Rendered render(PrintJob job, Visit visit) {
        Set<String> undrawable = new LinkedHashSet<>();
        byte[] pdf = switch (job.kind()) {
            case BARCODE_LABEL -> label(visit, undrawable);
            case ITEM_SHEET -> itemSheet(job, visit, undrawable);
            case SELF_MEDIA_LABEL -> selfMediaLabel(visit, undrawable);
            case SIGNED_CONTRACT, SERVICE_SUMMARY, TREND_CHART, DATA_COPY -> throw new IllegalArgumentException(job.kind()
                    + " is rendered from its document");
        };
        return new Rendered(pdf, List.copyOf(undrawable));
    }

    /**
     * A document handed over whole (H-04 contract, H-17 trend chart, H-19 summary, a copy of personal data), on A4
     * under its issuer's letterhead: its title, paragraphs, tables (their header rows repeated on every page),
     * charts, a box per party with who signed and when; its footer (the digest of a signed text) and the page
     * number at the foot of every page.
     */
    @Override
    public Rendered render(PrintDocument d) {
        Set<String> undrawable = new LinkedHashSet<>();
        Letterhead head = d.issuer() == PrintDocument.Issuer.CLINIC ? clinic : company;
        byte[] pdf = a4(new Frame(head, null, null, d.footer(), undrawable), (doc, writer) -> {
            Paragraph title = new Paragraph(phrase(d.title(), 16, undrawable));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(8);
            doc.add(title);
            for (String para : d.paragraphs()) {
                Paragraph p = new Paragraph(phrase(head.fill(para), 10, undrawable));
                p.setSpacingAfter(4);
                doc.add(p);
            }
            for (PrintDocument.Table t : d.tables()) {
                Paragraph caption = new Paragraph(phrase(t.title(), 11, undrawable));
                caption.setSpacingBefore(8);
                caption.setSpacingAfter(4);
                doc.add(caption);
                PdfPTable table = new PdfPTable(t.header().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                t.header().forEach(h -> table.addCell(cell(phrase(h, 10, undrawable))));
                t.rows().forEach(row -> row.forEach(v -> table.addCell(cell(phrase(v, 10, undrawable)))));
                doc.add(table);
            }
            for (PrintDocument.Chart c : d.charts()) {
                if (TrendCharts.drawable(c)) {
                    doc.add(picture(TrendCharts.png(c), doc.getPageSize().getWidth() - 2 * SIDE));
                } else {
                    doc.add(new Paragraph(phrase(c.title() + "：暂无数据", 10, undrawable)));
                }
            }
            if (!d.signatures().isEmpty()) {
                PdfPTable sign = new PdfPTable(d.signatures().size());
                sign.setWidthPercentage(100);
                sign.setKeepTogether(true);
                sign.setSpacingBefore(12);
                for (PrintDocument.Signature s : d.signatures()) {
                    PdfPCell c = cell(phrase(s.party() + "\n签署：" + head.fill(s.signedBy()) + "\n日期：" + s.signedAt(),
                            10, undrawable));
                    c.setFixedHeight(28 * MM);
                    sign.addCell(c);
                }
                doc.add(sign);
            }
        });
        return new Rendered(pdf, List.copyOf(undrawable));
    }

    /** A picture (PNG bytes) scaled to the text's width, at most 90 mm high. */
    private static Image picture(byte[] png, float width) {
        try {
            Image picture = Image.getInstance(png);
            picture.scaleToFit(width, 90 * MM);
            return picture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** C-07: an 80 × 50 mm label: name, gender and age, date, visit code, Code 128 and a QR code of the code. */
    private byte[] label(Visit v, Set<String> undrawable) {
        Rectangle size = new Rectangle(80 * MM, 50 * MM);
        return pdf(size, 4 * MM, (doc, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            Instant day = v.arrivedAt() != null ? v.arrivedAt() : v.arrival().arrivalAt();
            text(canvas, 12, 4 * MM, 43 * MM, v.customer().name() + "  " + genderAndAge(v), undrawable);
            text(canvas, 8, 4 * MM, 38 * MM, (v.arrivedAt() != null ? "到店 " : "预计到店 ")
                    + ShanghaiTime.writtenDay(day) + (v.walkIn() ? "（直接到店）" : "（预约客户）"), undrawable);
            text(canvas, 9, 4 * MM, 5 * MM, v.code(), undrawable);
            drawMatrix(canvas, code128(v.code()), 4 * MM, 9 * MM, 48 * MM, 14 * MM);
            drawMatrix(canvas, qr(v.code()), 55 * MM, 9 * MM, 22 * MM, 22 * MM);
        });
    }

    /**
     * C-24 打印自媒体号: an 80 × 50 mm label with the customer's source / self-media account in large type, the name,
     * the arrival date and the visit code with its Code 128 (the label is filed with the visit's papers).
     */
    private byte[] selfMediaLabel(Visit v, Set<String> undrawable) {
        Rectangle size = new Rectangle(80 * MM, 50 * MM);
        return pdf(size, 4 * MM, (doc, writer) -> {
            PdfContentByte canvas = writer.getDirectContent();
            text(canvas, 8, 4 * MM, 44 * MM, "自媒体号 / 来源", undrawable);
            text(canvas, 14, 4 * MM, 36 * MM, v.customer().source(), undrawable);
            text(canvas, 10, 4 * MM, 28 * MM, v.customer().name() + "  " + genderAndAge(v) + "  到店 "
                    + ShanghaiTime.writtenDay(v.arrivedAt()), undrawable);
            drawMatrix(canvas, code128(v.code()), 4 * MM, 9 * MM, 56 * MM, 14 * MM);
            text(canvas, 9, 4 * MM, 5 * MM, v.code(), undrawable);
        });
    }

    /**
     * C-13: the reviewed order on A4 for the customer to sign and press a fingerprint on (签字画押), under the
     * clinic's letterhead with the customer, her phone as the printing role sees it, the visit code and its barcode
     * (the signed scan is filed by scanning it) on every page; list and final prices, the total in figures and in
     * capitals, page N / M at the foot.
     */
    private byte[] itemSheet(PrintJob job, Visit v, Set<String> undrawable) {
        String phone = VisitAccess.phoneAsSeen(v, job.seen());
        String who = "客户：" + v.customer().name() + "  " + genderAndAge(v) + (phone == null ? "" : "    电话：" + phone)
                + "    单号：" + v.code();
        return a4(new Frame(clinic, who, v.code(), null, undrawable), (doc, writer) -> {
            Paragraph head = new Paragraph(phrase("项目单", 18, undrawable));
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(6);
            doc.add(head);
            Paragraph by = new Paragraph(phrase("咨询师：" + (v.consultant() == null ? "" : v.consultant().name())
                    + "    审核：" + (v.order().reviewedBy() == null ? "" : v.order().reviewedBy().name())
                    + "    审核时间：" + ShanghaiTime.writtenMinute(v.order().reviewedAt()), 10, undrawable));
            by.setSpacingAfter(6);
            doc.add(by);
            PdfPTable table = new PdfPTable(new float[] {1, 5, 2.2f, 2.2f, 2.2f, 4});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String h : new String[] {"序号", "项目", "原价", "折后价", "成交价", "备注"}) {
                table.addCell(cell(phrase(h, 10, undrawable)));
            }
            int n = 1;
            for (OrderItem item : v.order().items()) {
                table.addCell(cell(phrase(Integer.toString(n++), 10, undrawable)));
                table.addCell(cell(phrase(item.name(), 10, undrawable)));
                table.addCell(cell(phrase(Money.yuan(item.listPrice()), 10, undrawable)));
                table.addCell(cell(phrase(item.discountedPrice() == null ? "—" : Money.yuan(item.discountedPrice()), 10,
                        undrawable)));
                table.addCell(cell(phrase(Money.yuan(item.finalPrice()), 10, undrawable)));
                table.addCell(cell(phrase(item.remark() == null ? "" : item.remark(), 10, undrawable)));
            }
            PdfPCell total = cell(phrase("合计：" + Money.yuan(v.order().total()) + "    大写：人民币"
                    + ChineseAmount.of(v.order().total()), 12, undrawable));
            total.setColspan(6);
            total.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(total);
            doc.add(table);
            Paragraph consent = new Paragraph(phrase("本人已知悉以上项目内容及价格，自愿接受。", 10, undrawable));
            consent.setSpacingBefore(8);
            consent.setSpacingAfter(8);
            doc.add(consent);
            PdfPTable sign = new PdfPTable(new float[] {3, 3, 2});
            sign.setWidthPercentage(100);
            sign.setKeepTogether(true);
            for (String box : new String[] {"客户签字", "咨询师签字", "按手印"}) {
                PdfPCell c = cell(phrase(box, 10, undrawable));
                c.setFixedHeight(32 * MM);
                sign.addCell(c);
            }
            for (int i = 0; i < 3; i++) {
                sign.addCell(cell(phrase(i < 2 ? "日期：    年    月    日" : "", 10, undrawable)));
            }
            doc.add(sign);
        });
    }

    /** "女  32岁", as far as the booking knows them. */
    private static String genderAndAge(Visit v) {
        String gender = switch (v.customer().gender() == null ? Gender.UNKNOWN : v.customer().gender()) {
            case FEMALE -> "女";
            case MALE -> "男";
            default -> "";
        };
        String age = v.customer().age() == null ? "" : v.customer().age() + "岁";
        return (gender + " " + age).strip();
    }

    /**
     * What every A4 page carries: the letterhead (name, registration number, address and phone) with the document's
     * own line (the item sheet's customer and code) and barcode above, a rule under it; the footer text and
     * "第 N 页 / 共 M 页" below (the total is written into a template once the last page is known).
     */
    private static final class Frame extends PdfPageEventHelper {
        private final Letterhead head;
        private final String line;
        private final String barcode;
        private final String footer;
        private final Set<String> undrawable;
        private PdfTemplate total;

        Frame(Letterhead head, String line, String barcode, String footer, Set<String> undrawable) {
            this.head = head;
            this.line = line;
            this.barcode = barcode;
            this.footer = footer;
            this.undrawable = undrawable;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float width = document.getPageSize().getWidth();
            float top = document.getPageSize().getHeight();
            if (barcode != null) {
                drawMatrix(canvas, code128(barcode), width - SIDE - 45 * MM, top - 24 * MM, 45 * MM, 10 * MM);
                text(canvas, 7, width - SIDE - 45 * MM, top - 27.5f * MM, barcode, undrawable);
            }
            text(canvas, 12, SIDE, top - 14 * MM, head.name(), undrawable);
            text(canvas, 7.5f, SIDE, top - 19 * MM, head.registrationNo(), undrawable);
            text(canvas, 7.5f, SIDE, top - 23 * MM, head.address() + "    电话：" + head.phone(), undrawable);
            if (line != null) {
                text(canvas, 9, SIDE, top - 29 * MM, line, undrawable);
            }
            canvas.setLineWidth(0.6f);
            canvas.moveTo(SIDE, top - 31 * MM);
            canvas.lineTo(width - SIDE, top - 31 * MM);
            canvas.moveTo(SIDE, 17 * MM);
            canvas.lineTo(width - SIDE, 17 * MM);
            canvas.stroke();
            if (footer != null) {
                text(canvas, 6.5f, SIDE, 13 * MM, footer, undrawable);
            }
            if (total == null) {
                total = canvas.createTemplate(20 * MM, 5 * MM);
            }
            String page = "第 " + writer.getPageNumber() + " 页 / 共 ";
            float x = width / 2 - (Common.FACE.getWidthPoint(page + writer.getPageNumber() + " 页", 8)) / 2;
            text(canvas, 8, x, 8 * MM, page, undrawable);
            canvas.addTemplate(total, x + Common.FACE.getWidthPoint(page, 8), 8 * MM);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            text(total, 8, 0, 0, (writer.getPageNumber() - 1) + " 页", undrawable);
        }
    }

    /** An A4 document in the frame. */
    private static byte[] a4(Frame frame, Content content) {
        return pdf(PageSize.A4, new float[] {SIDE, SIDE, TOP, BOTTOM}, (doc, writer) -> {
            writer.setPageEvent(frame);
            content.write(doc, writer);
        });
    }

    private interface Content {
        void write(Document doc, PdfWriter writer);
    }

    private static byte[] pdf(Rectangle size, float margin, Content content) {
        return pdf(size, new float[] {margin, margin, margin, margin}, content);
    }

    /** Margins left, right, top, bottom. */
    private static byte[] pdf(Rectangle size, float[] margins, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(size, margins[0], margins[1], margins[2], margins[3]);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        content.write(doc, writer);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell c = new PdfPCell(phrase);
        c.setPadding(4);
        return c;
    }

    /** Text for the document flow, each run in the face that has it. */
    private static Phrase phrase(String text, float size, Set<String> undrawable) {
        // the phrase's own font (its line height; a cell's or paragraph's default) is the bundled face too: a
        // default would reference a Helvetica the PDF does not embed
        Phrase p = new Phrase(size * 1.5f, "", new Font(Common.FACE, size));
        for (Run r : runs(text, undrawable)) {
            p.add(new Chunk(r.text(), new Font(r.face(), size)));
        }
        return p;
    }

    /** Text placed on the label, each run in the face that has it. */
    private static void text(PdfContentByte canvas, float size, float x, float y, String s, Set<String> undrawable) {
        canvas.beginText();
        canvas.setTextMatrix(x, y);
        for (Run r : runs(s, undrawable)) {
            canvas.setFontAndSize(r.face(), size);
            canvas.showText(r.text());
        }
        canvas.endText();
    }

    private static BitMatrix code128(String code) {
        return new Code128Writer().encode(code, BarcodeFormat.CODE_128, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
    }

    private static BitMatrix qr(String code) {
        try {
            return new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + code, e);
        }
    }

    /** Draws the dark modules of a matrix as filled rectangles within the box (bottom-left origin). */
    private static void drawMatrix(PdfContentByte canvas, BitMatrix m, float x, float y, float width, float height) {
        float cellW = width / m.getWidth();
        float cellH = height / m.getHeight();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    int run = 1;
                    while (col + run < m.getWidth() && m.get(col + run, row)) {
                        run++;
                    }
                    canvas.rectangle(x + col * cellW, y + height - (row + 1) * cellH, run * cellW, cellH);
                    col += run - 1;
                }
            }
        }
        canvas.fill();
    }
}
