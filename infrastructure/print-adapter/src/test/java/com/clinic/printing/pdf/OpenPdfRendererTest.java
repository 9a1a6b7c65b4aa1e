package com.clinic.printing.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clinic.journey.visit.CustomerProfile;
import com.clinic.journey.visit.Gender;
import com.clinic.journey.visit.OrderItem;
import com.clinic.journey.visit.Visit;
import com.clinic.platform.Role;
import com.clinic.platform.StaffRef;
import com.clinic.platform.staff.StaffMember;
import com.clinic.printing.PrintDocument;
import com.clinic.printing.PrintJob;
import com.clinic.printing.PrintKind;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.time.Instant;
import com.clinic.printing.PrintRenderer.Rendered;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed PDFs, read back as a scanner and a person would: barcodes decoded from the page, text found. */
class OpenPdfRendererTest {

    /** A print worker's cold start rehearses in the background and swallows a failure: it must draw for real. */
    @Test
    void theRehearsalAtStartDrawsWithThePackagedFace() {
        assertDoesNotThrow(OpenPdfRenderer::rehearse);
    }
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final StaffRef DESK = new StaffRef("f", "周前台");
    static final OpenPdfRenderer RENDERER = new OpenPdfRenderer("成都示例医疗美容门诊部");

    static Visit arrived() {
        return Visit.registerWalkIn("V261123-7KQ3MX", "C1", new CustomerProfile("欧阳娜娜", "13800138000",
                Gender.FEMALE, 30, List.of(), null, null), DESK, NOW).after().confirmArrival(DESK, NOW).orThrow().after();
    }

    static byte[] render(PrintKind kind, Visit v) {
        return RENDERER.render(PrintJob.queued("j1", kind, v.code(), DESK, NOW), v).pdf();
    }

    @Test
    void aLabelNeverPrintsADifferentName() throws Exception {
        // 𠮷 (U+20BB7) is in no bundled face, 𡃁 (U+210C1) only in the Hong Kong fallback, 😀 in none
        Visit v = Visit.registerWalkIn("V261123-7KQ3MY", "C2", new CustomerProfile("吉田𠮷子𡃁😀", "13800138001",
                Gender.FEMALE, 30, List.of(), null, null), DESK, NOW).after().confirmArrival(DESK, NOW).orThrow().after();
        PrintJob job = PrintJob.queued("j2", PrintKind.BARCODE_LABEL, v.code(), DESK, NOW);
        var rendered = RENDERER.render(job, v);
        assertEquals(List.of("𠮷", "😀"), rendered.undrawable());
        try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("吉田〓子𡃁〓"), "marked, not dropped: " + text);
        }
        PrintJob done = job.done(rendered.undrawable(), NOW);
        assertEquals(2, done.warnings().size());
        assertTrue(done.warnings().get(0).contains("U+20BB7"), done.warnings().get(0));
        assertTrue(RENDERER.render(PrintJob.queued("j3", PrintKind.BARCODE_LABEL, "x", DESK, NOW), arrived())
                .undrawable().isEmpty(), "an ordinary name prints whole");
    }

    @Test
    void aSignedContractPrintsItsTextBothSignaturesAndTheDigest() throws Exception {
        PrintDocument contract = new PrintDocument("49 天健康管理服务合同", List.of("甲方（客户）：林晓",
                "第一条 服务内容：为期 49 天的健康管理服务。"), List.of(
                new PrintDocument.Signature("甲方（客户）", "林晓", "2026-11-22T10:00:00+08:00"),
                new PrintDocument.Signature("乙方（公司）", "代表公司：褚行政", "2026-11-22T15:00:00+08:00")),
                "合同版本 2026-11    签署文本 SHA-256：5f3f7f8e", java.util.Set.of(), "c1");
        var rendered = RENDERER.render(contract);
        assertTrue(rendered.undrawable().isEmpty());
        try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("49 天健康管理服务合同", "第一条 服务内容", "签署：林晓", "代表公司：褚行政",
                    "2026-11-22T15:00:00+08:00", "SHA-256：5f3f7f8e")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertEmbeddedSubset(doc);
        }
    }

    @Test
    void theSelfMediaLabelShowsTheSourceAccountAndItsBarcodeDecodesToTheVisit() throws Exception {
        Visit v = arrived().editCustomer(new CustomerProfile("欧阳娜娜", null, Gender.FEMALE, 30, List.of(),
                "抖音 @丽人医美·小周", null), DESK, NOW).orThrow().after();
        byte[] pdf = render(PrintKind.SELF_MEDIA_LABEL, v);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128)));
            assertEquals("V261123-7KQ3MX", r.getText());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("抖音 @丽人医美·小周") && text.contains("欧阳娜娜") && text.contains("2026-11-23"),
                    text);
        }
    }

    @Test
    void aTrendChartIsAPictureOverThePlansDaysAndAChartWithoutDataSaysSo() throws Exception {
        List<PrintDocument.Point> weights = java.util.stream.IntStream.rangeClosed(1, 49)
                .mapToObj(day -> new PrintDocument.Point(day, 68.5 - day * 0.09)).toList();
        PrintDocument d = new PrintDocument("数据趋势图", List.of("客户：林晓    方案：2026-06-03 至 2026-07-22"), List.of(),
                "项目 P-1", Set.of(Role.HEAD_COACH), "c1", List.of(
                new PrintDocument.Chart("体重趋势", "kg", 49, List.of(new PrintDocument.Series("体重", weights))),
                new PrintDocument.Chart("睡眠趋势", "h", 49, List.of(new PrintDocument.Series("睡眠", List.of())))));
        Rendered rendered = RENDERER.render(d);
        try (PDDocument doc = Loader.loadPDF(rendered.pdf())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("数据趋势图") && text.contains("睡眠趋势：暂无数据"), text);
            var images = new java.util.ArrayList<String>();
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name) instanceof
                        org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    images.add(image.getWidth() + "x" + image.getHeight());
                }
            }
            assertEquals(List.of("1600x760"), images, "the weight chart, drawn at twice its printed size");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            int dark = 0;
            for (int x = 0; x < page.getWidth(); x++) {
                for (int y = 0; y < page.getHeight(); y++) {
                    dark += (page.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
                }
            }
            assertTrue(dark > 500, "the chart draws its axes, labels and line: " + dark + " dark pixels");
        }
    }

    @Test
    void theLabelsBarcodeAndQrCodeDecodeToTheVisitAndItsTextIsReadable() throws Exception {
        byte[] pdf = render(PrintKind.BARCODE_LABEL, arrived());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            for (BarcodeFormat format : List.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE)) {
                Result r = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                        DecodeHintType.POSSIBLE_FORMATS, List.of(format)));
                assertEquals("V261123-7KQ3MX", r.getText(), format + " decodes to the visit code");
            }
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("欧阳娜娜") && text.contains("女 30岁") && text.contains("2026-11-23")
                    && text.contains("V261123-7KQ3MX"), text);
            assertEmbeddedSubset(doc);
        }
    }

    static Visit reviewed(int items) {
        StaffMember feng = new StaffMember("c1", "冯咨询", null, Set.of(Role.CONSULTANT), true);
        List<OrderItem> order = new java.util.ArrayList<>(List.of(
                new OrderItem("e", "双眼皮", 1_500_000, 1_280_000L, "老客户", 1_280_000),
                new OrderItem("f", "祛斑", 318_000, null, null, 318_000)));
        while (order.size() < items) {
            order.add(new OrderItem("h" + order.size(), "水光针", 100_000, null,
                    "术后一周内避免日晒、饮酒和剧烈运动，按时复诊；如有红肿、发热或持续疼痛请立即联系咨询师。".repeat(2), 100_000));
        }
        return arrived().assignConsultant(feng, DESK, null, NOW).orThrow().after()
                .startConsultation("s", feng.ref(), NOW).orThrow().after()
                .submitOrder(order, feng.ref(), NOW).orThrow().after()
                .reviewPrices(Map.of(1, 300_000L), DESK, NOW).orThrow().after();
    }

    @Test
    void theItemSheetCarriesTheClinicTheBarcodeTheTotalInCapitalsAndRoomToSignAndPress() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(PrintKind.ITEM_SHEET, reviewed(2)))) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("成都示例医疗美容门诊部", "项目单", "欧阳娜娜", "女 30岁", "双眼皮", "祛斑",
                    "¥15,000.00", "¥12,800.00", "¥3,000.00", "合计：¥15,800.00", "大写：人民币壹万伍仟捌佰元整",
                    "客户签字", "咨询师签字", "按手印", "冯咨询", "第 1 页 / 共", "1 页")) {
                assertTrue(text.contains(expected), expected + " missing from:\n" + text);
            }
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128)));
            assertEquals("V261123-7KQ3MX", r.getText(), "the signed scan is filed by its barcode");
            assertEmbeddedSubset(doc);
        }
    }

    @Test
    void aLongOrderRunsOverPagesThatAreNumbered() throws Exception {
        try (PDDocument doc = Loader.loadPDF(render(PrintKind.ITEM_SHEET, reviewed(10)))) {
            assertTrue(doc.getNumberOfPages() >= 2, "ten items with long remarks fill more than a page");
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(doc.getNumberOfPages());
            last.setEndPage(doc.getNumberOfPages());
            String text = last.getText(doc);
            assertTrue(text.contains("第 " + doc.getNumberOfPages() + " 页 / 共") && text.contains(
                    doc.getNumberOfPages() + " 页"), text);
        }
    }

    @Test
    void moneyIsShownInYuanFromFen() {
        assertEquals("¥0.05", OpenPdfRenderer.yuan(5));
        assertEquals("¥1,234,567.89", OpenPdfRenderer.yuan(123_456_789));
    }

    /** The CJK font is embedded as a subset (its name carries the six-letter subset tag), not the whole face. */
    private static void assertEmbeddedSubset(PDDocument doc) throws Exception {
        var resources = doc.getPage(0).getResources();
        boolean subset = false;
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            subset |= font.getName().matches("[A-Z]{6}\\+NotoSansSC.*") && font.isEmbedded();
        }
        assertTrue(subset, "Noto Sans SC embedded as a subset");
    }
}
