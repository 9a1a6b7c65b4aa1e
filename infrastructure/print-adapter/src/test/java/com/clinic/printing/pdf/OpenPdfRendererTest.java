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
import com.clinic.printing.Letterhead;
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
    static final Letterhead CLINIC = new Letterhead("成都示例医疗美容门诊部", "医疗机构执业许可证登记号 PDY00001-510107",
            "四川省成都市武侯区示例路 1 号", "028-8888 0000");
    static final Letterhead COMPANY = new Letterhead("成都示例健康管理有限公司", "统一社会信用代码 91510100MA0000000X",
            "四川省成都市高新区示例大道 100 号", "028-8888 1111");
    static final OpenPdfRenderer RENDERER = new OpenPdfRenderer(CLINIC, COMPANY);

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

    /** The common face is cut at build time; a name beyond it prints from the whole face, not as a marker. */
    @Test
    void aNameBeyondTheCommonFacePrintsFromTheWholeFace() throws Exception {
        assertEquals(List.of(1, 2), List.of(scFaces(arrived()), scFaces(Visit.registerWalkIn("V261123-7KQ3MZ", "C3",
                new CustomerProfile("王堃玥", "13800138002", Gender.FEMALE, 30, List.of(), null, null), DESK, NOW)
                .after().confirmArrival(DESK, NOW).orThrow().after())), "堃 and 玥 are not among GB 2312's ideographs");
    }

    /** How many faces of Noto Sans SC a visit's label embeds; its name must print whole. */
    private static int scFaces(Visit v) throws Exception {
        var rendered = RENDERER.render(PrintJob.queued("j4", PrintKind.BARCODE_LABEL, v.code(), DESK, NOW), v);
        assertEquals(List.of(), rendered.undrawable());
        try (PDDocument doc = Loader.loadPDF(kept("label-" + v.code(), rendered.pdf()))) {
            assertTrue(new PDFTextStripper().getText(doc).contains(v.customer().name()));
            var resources = doc.getPage(0).getResources();
            int sc = 0;
            for (var name : resources.getFontNames()) {
                sc += resources.getFont(name).getName().endsWith("+NotoSansSC-Regular") ? 1 : 0;
            }
            return sc;
        }
    }

    @Test
    void aSignedContractPrintsItsTextBothSignaturesAndTheDigest() throws Exception {
        List<String> clauses = new java.util.ArrayList<>(List.of("甲方（客户）：林晓",
                "乙方（公司）：" + Letterhead.NAME + "    " + Letterhead.REGISTRATION_NO,
                "服务费用：¥19,800.00（大写：人民币壹万玖仟捌佰元整）"));
        for (int i = 1; i <= 40; i++) {
            clauses.add("第" + i + "条 服务内容：为期 49 天的健康管理服务，包括健康档案评估、个性化健康方案、每日跟进与三次视频沟通。");
        }
        PrintDocument contract = new PrintDocument(PrintDocument.Issuer.COMPANY, "49 天健康管理服务合同", clauses,
                List.of(), List.of(), List.of(new PrintDocument.Signature("甲方（客户）", "林晓", "2026年11月22日 10:00"),
                new PrintDocument.Signature("乙方（公司）", Letterhead.NAME + "（代表：褚行政）", "2026年11月22日 15:00")),
                "合同版本 2026-11    签署文本 SHA-256：5f3f7f8e", java.util.Set.of(), "c1");
        var rendered = RENDERER.render(contract);
        assertTrue(rendered.undrawable().isEmpty());
        try (PDDocument doc = Loader.loadPDF(kept("contract", rendered.pdf()))) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("49 天健康管理服务合同", "第1条 服务内容", "签署：林晓",
                    "乙方（公司）：成都示例健康管理有限公司    统一社会信用代码 91510100MA0000000X",
                    "签署：成都示例健康管理有限公司（代表：褚行政）",
                    "2026年11月22日 15:00", "大写：人民币壹万玖仟捌佰元整")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertTrue(doc.getNumberOfPages() >= 2, "forty clauses run over a page");
            assertFiled(doc, COMPANY, "SHA-256：5f3f7f8e");
        }
    }

    @Test
    void aServiceSummaryCarriesTheResultsTableUnderTheCompanysLetterhead() throws Exception {
        PrintDocument summary = new PrintDocument(PrintDocument.Issuer.COMPANY, "服务总结报告", List.of(
                "客户：林晓    订单号：SO-1    方案：2026年6月3日 至 2026年7月22日", "总结：客户执行良好"),
                List.of(new PrintDocument.Table("方案期成果对比表", List.of("指标", "开始", "结束", "变化"), List.of(
                        List.of("体重", "68.5 kg", "64.3 kg", "体重下降 4.2kg"),
                        List.of("体脂率", "32.0 %", "29.0 %", "体脂率下降 3.0 个百分点")))), List.of(),
                List.of(new PrintDocument.Signature("主教练", "韩主教练", "2026年7月28日")), "项目 P-1",
                Set.of(Role.HEAD_COACH), null);
        try (PDDocument doc = Loader.loadPDF(kept("service-summary", RENDERER.render(summary).pdf()))) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("服务总结报告", "方案期成果对比表", "指标", "体重下降 4.2kg",
                    "体脂率下降 3.0 个百分点", "签署：韩主教练", "日期：2026年7月28日")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
            assertEquals(1, doc.getNumberOfPages());
            assertFiled(doc, COMPANY, "项目 P-1");
        }
    }

    @Test
    void theSelfMediaLabelShowsTheSourceAccountAndItsBarcodeDecodesToTheVisit() throws Exception {
        Visit v = arrived().editCustomer(new CustomerProfile("欧阳娜娜", null, Gender.FEMALE, 30, List.of(),
                "抖音 @丽人医美·小周", null), DESK, NOW).orThrow().after();
        byte[] pdf = kept("self-media-label", render(PrintKind.SELF_MEDIA_LABEL, v));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128)));
            assertEquals("V261123-7KQ3MX", r.getText());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("抖音 @丽人医美·小周") && text.contains("欧阳娜娜") && text.contains("到店 2026年11月23日"),
                    text);
            assertEmbedded(doc);
        }
    }

    @Test
    void aTrendChartIsAPictureOverThePlansDaysAndAChartWithoutDataSaysSo() throws Exception {
        List<PrintDocument.Point> weights = java.util.stream.IntStream.rangeClosed(1, 49)
                .mapToObj(day -> new PrintDocument.Point(day, 68.5 - day * 0.09)).toList();
        List<PrintDocument.Chart> charts = new java.util.ArrayList<>();
        for (String metric : List.of("体重", "体脂率", "步数", "心率")) {
            charts.add(new PrintDocument.Chart(metric + "趋势", "kg", 49, List.of(new PrintDocument.Series(metric,
                    weights))));
        }
        charts.add(new PrintDocument.Chart("睡眠趋势", "h", 49, List.of(new PrintDocument.Series("睡眠", List.of()))));
        PrintDocument d = new PrintDocument(PrintDocument.Issuer.COMPANY, "数据趋势图",
                List.of("客户：林晓    方案：2026年6月3日 起（第 1 天）"), List.of(), charts, List.of(), "项目 P-1",
                Set.of(Role.HEAD_COACH), "c1");
        Rendered rendered = RENDERER.render(d);
        try (PDDocument doc = Loader.loadPDF(kept("trend-chart", rendered.pdf()))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("数据趋势图") && text.contains("睡眠趋势：暂无数据"), text);
            assertFiled(doc, COMPANY, "项目 P-1");
            var images = new java.util.ArrayList<String>();
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name) instanceof
                        org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    images.add(image.getWidth() + "x" + image.getHeight());
                }
            }
            assertTrue(!images.isEmpty() && images.stream().allMatch("1600x760"::equals), "each chart drawn at twice its"
                    + " printed size: " + images);
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
        byte[] pdf = kept("label", render(PrintKind.BARCODE_LABEL, arrived()));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
            for (BarcodeFormat format : List.of(BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE)) {
                Result r = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                        DecodeHintType.POSSIBLE_FORMATS, List.of(format)));
                assertEquals("V261123-7KQ3MX", r.getText(), format + " decodes to the visit code");
            }
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("欧阳娜娜") && text.contains("女 30岁") && text.contains("到店 2026年11月23日")
                    && text.contains("V261123-7KQ3MX"), text);
            assertEmbedded(doc);
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
        return arrived().reception().assignConsultant(feng, DESK, null, NOW).orThrow().after()
                .reception().startConsultation("s", feng.ref(), NOW).orThrow().after()
                .reception().submitOrder(order, feng.ref(), NOW).orThrow().after()
                .billing().reviewPrices(Map.of(1, 300_000L), DESK, NOW).orThrow().after();
    }

    @Test
    void theItemSheetCarriesTheClinicTheBarcodeTheTotalInCapitalsAndRoomToSignAndPress() throws Exception {
        try (PDDocument doc = Loader.loadPDF(kept("item-sheet", render(PrintKind.ITEM_SHEET, reviewed(2))))) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("成都示例医疗美容门诊部", "项目单", "欧阳娜娜", "女 30岁", "双眼皮", "祛斑",
                    "¥15,000.00", "¥12,800.00", "¥3,000.00", "合计：¥15,800.00", "大写：人民币壹万伍仟捌佰元整",
                    "客户签字", "咨询师签字", "按手印", "冯咨询", "审核时间：2026年11月23日 10:00", "电话：13800138000")) {
                assertTrue(text.contains(expected), expected + " missing from:\n" + text);
            }
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 300);
            Result r = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.CODE_128)));
            assertEquals("V261123-7KQ3MX", r.getText(), "the signed scan is filed by its barcode");
            assertFiled(doc, CLINIC, "欧阳娜娜", "V261123-7KQ3MX");
        }
    }

    /** The phone on paper is the phone on screen: the consultant is shown none, the front desk a masked one. */
    @Test
    void theItemSheetShowsThePhoneAsThePrintingRoleSeesIt() throws Exception {
        Visit v = reviewed(2);
        for (var seen : Map.of(Role.CONSULTANT, "", Role.FRONT_DESK, "电话：138****8000", Role.SUPER_ADMIN,
                "电话：13800138000").entrySet()) {
            PrintJob job = PrintJob.queued("j-" + seen.getKey(), PrintKind.ITEM_SHEET, v.code(), DESK, NOW)
                    .seenAs(com.clinic.journey.visit.VisitAccess.partsOf(seen.getKey()));
            try (PDDocument doc = Loader.loadPDF(RENDERER.render(job, v).pdf())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(seen.getValue().isEmpty() ? !text.contains("电话：1") : text.contains(seen.getValue()),
                        seen.getKey() + ": " + text);
                assertTrue(!text.contains("13800138000") || seen.getKey() == Role.SUPER_ADMIN, seen.getKey() + ": " + text);
            }
        }
    }

    @Test
    void aLongOrderRunsOverPagesThatAreNumbered() throws Exception {
        try (PDDocument doc = Loader.loadPDF(kept("item-sheet-long", render(PrintKind.ITEM_SHEET, reviewed(10))))) {
            assertTrue(doc.getNumberOfPages() >= 2, "ten items with long remarks fill more than a page");
            assertFiled(doc, CLINIC, "欧阳娜娜", "V261123-7KQ3MX", "序号");
        }
    }

    @Test
    void moneyIsShownInYuanFromFen() {
        assertEquals("¥0.05", com.clinic.platform.Money.yuan(5));
        assertEquals("¥1,234,567.89", com.clinic.platform.Money.yuan(123_456_789));
    }

    /** The PDF kept under target/papers/ for a person to open and look at (pdftoppm renders it to PNG). */
    static byte[] kept(String name, byte[] pdf) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "papers"));
        java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
        return pdf;
    }

    /** Every font of every page is embedded, and as a subset (the six-letter tag), never a whole face. */
    private static void assertEmbedded(PDDocument doc) throws Exception {
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            var resources = doc.getPage(i).getResources();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font.isEmbedded() && font.getName().matches("[A-Z]{6}\\+Noto.*"),
                        "page " + (i + 1) + ": " + font.getName() + " is not an embedded subset");
            }
        }
    }

    /**
     * A paper as a clinic files it: on every page the letterhead (name, registration number, address, phone), the
     * lines every page repeats, "第 i 页 / 共 n 页", and something of the body beside them (no blank page); every
     * font embedded.
     */
    private static void assertFiled(PDDocument doc, Letterhead head, String... everyPage) throws Exception {
        int n = doc.getNumberOfPages();
        for (int i = 1; i <= n; i++) {
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(i);
            page.setEndPage(i);
            String text = page.getText(doc);
            List<String> framed = new java.util.ArrayList<>(List.of(head.name(), head.registrationNo(), head.address(),
                    head.phone(), "第 " + i + " 页 / 共 " + n + " 页"));
            framed.addAll(List.of(everyPage));
            String body = text;
            for (String expected : framed) {
                assertTrue(text.contains(expected), "page " + i + " lacks " + expected + ":\n" + text);
                body = body.replace(expected, "");
            }
            boolean picture = false;
            for (var name : doc.getPage(i - 1).getResources().getXObjectNames()) {
                picture |= doc.getPage(i - 1).getResources().getXObject(name)
                        instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
            }
            assertTrue(picture || body.replaceAll("[\\s电话：]", "").length() > 20,
                    "page " + i + " is blank but for its frame:\n" + text);
        }
        assertEmbedded(doc);
    }
}
