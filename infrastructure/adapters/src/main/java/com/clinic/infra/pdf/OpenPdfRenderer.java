package com.clinic.infra.pdf;

import com.clinic.model.ShanghaiTime;
import com.clinic.model.port.PrintRenderer;
import com.clinic.model.print.PrintJob;
import com.clinic.model.visit.OrderItem;
import com.clinic.model.visit.Visit;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Renders print jobs with OpenPDF. Barcodes are drawn as vector bars and modules (ZXing computes them), so they
 * print sharp at any size and need no image libraries. Chinese text uses the bundled Noto Sans SC, embedded as
 * a subset of the characters used.
 */
public final class OpenPdfRenderer implements PrintRenderer {
    static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final float MM = 72f / 25.4f;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The font file is read once, when the first job is rendered. */
    private static final class FontHolder {
        static final BaseFont BASE = load();

        private static BaseFont load() {
            try (InputStream in = OpenPdfRenderer.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FONT + " is not packaged");
                }
                return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public byte[] render(PrintJob job, Visit visit) {
        return switch (job.kind()) {
            case BARCODE_LABEL -> label(visit);
            case ITEM_SHEET -> itemSheet(visit);
        };
    }

    /** C-07: an 80 × 50 mm label: name, date, visit code, Code 128 and a QR code of the code. */
    private byte[] label(Visit v) {
        Rectangle size = new Rectangle(80 * MM, 50 * MM);
        return pdf(size, 4 * MM, (doc, writer) -> {
            BaseFont base = FontHolder.BASE;
            PdfContentByte canvas = writer.getDirectContent();
            Instant day = v.arrivedAt() != null ? v.arrivedAt() : v.arrival().arrivalAt();
            text(canvas, base, 12, 4 * MM, 43 * MM, v.customer().name());
            text(canvas, base, 8, 4 * MM, 38 * MM, DAY.format(day.atZone(ShanghaiTime.ZONE)) + "  "
                    + (v.walkIn() ? "直接到店" : "预约"));
            text(canvas, base, 9, 4 * MM, 5 * MM, v.code());
            drawMatrix(canvas, code128(v.code()), 4 * MM, 9 * MM, 48 * MM, 14 * MM);
            drawMatrix(canvas, qr(v.code()), 55 * MM, 9 * MM, 22 * MM, 22 * MM);
        });
    }

    /** C-13: the reviewed order on A4 with list and final prices, the total and signature lines. */
    private byte[] itemSheet(Visit v) {
        return pdf(PageSize.A4, 18 * MM, (doc, writer) -> {
            BaseFont base = FontHolder.BASE;
            Font title = new Font(base, 18);
            Font body = new Font(base, 10);
            Font small = new Font(base, 8);
            Paragraph head = new Paragraph("项目单", title);
            head.setAlignment(Element.ALIGN_CENTER);
            doc.add(head);
            doc.add(new Paragraph("客户：" + v.customer().name() + "    电话：" + v.customer().phone()
                    + "    单号：" + v.code(), body));
            doc.add(new Paragraph("咨询师：" + (v.consultant() == null ? "" : v.consultant().name())
                    + "    审核：" + (v.order().reviewedBy() == null ? "" : v.order().reviewedBy().name())
                    + "    日期：" + MINUTE.format(v.order().reviewedAt().atZone(ShanghaiTime.ZONE)), body));
            doc.add(new Paragraph(" ", small));
            PdfPTable table = new PdfPTable(new float[] {1, 5, 2.2f, 2.2f, 2.2f, 4});
            table.setWidthPercentage(100);
            for (String h : new String[] {"序号", "项目", "原价", "折后价", "成交价", "备注"}) {
                table.addCell(cell(h, body));
            }
            int n = 1;
            for (OrderItem item : v.order().items()) {
                table.addCell(cell(Integer.toString(n++), body));
                table.addCell(cell(item.name(), body));
                table.addCell(cell(yuan(item.listPrice()), body));
                table.addCell(cell(item.discountedPrice() == null ? "—" : yuan(item.discountedPrice()), body));
                table.addCell(cell(yuan(item.finalPrice()), body));
                table.addCell(cell(item.remark() == null ? "" : item.remark(), body));
            }
            PdfPCell total = cell("合计：" + yuan(v.order().total()), new Font(base, 12));
            total.setColspan(6);
            total.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(total);
            doc.add(table);
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("本人已知悉以上项目内容及价格，自愿接受。", body));
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("客户签字：____________________    日期：____________", body));
            doc.add(new Paragraph(" ", body));
            doc.add(new Paragraph("咨询师签字：__________________    日期：____________", body));
        });
    }

    /** ¥1,234.50 from fen. */
    static String yuan(long fen) {
        return String.format("¥%,d.%02d", fen / 100, Math.abs(fen % 100));
    }

    private interface Content {
        void write(Document doc, PdfWriter writer);
    }

    private static byte[] pdf(Rectangle size, float margin, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(size, margin, margin, margin, margin);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        content.write(doc, writer);
        doc.close();
        return out.toByteArray();
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(4);
        return c;
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, float x, float y, String s) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(s);
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
