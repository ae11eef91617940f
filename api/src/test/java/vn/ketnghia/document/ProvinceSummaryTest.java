package vn.ketnghia.document;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import vn.ketnghia.agreement.Agreement;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.SupportCategory;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.plan.Plan;
import vn.ketnghia.plan.PlanItem;
import vn.ketnghia.plan.PlanKind;
import vn.ketnghia.plan.PlanStatus;
import vn.ketnghia.reporting.NarrativeItem;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReporterKind;
import vn.ketnghia.reporting.ReportingPeriod;
import vn.ketnghia.reporting.ReportingPeriodStatus;
import vn.ketnghia.reporting.ReportingRegime;
import vn.ketnghia.reporting.RosterSource;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * The province summary of a reporting period and the reminder letter, read back from JSON, Word and
 * Excel. The class owns the reporting periods of 2051 (semi-annual, open) and 2052 (annual, planned)
 * and the annual programmes of 2051; its window (15/12/2018 – 14/06/2019) lies inside the demo data's
 * agreements, so totals are compared with SQL sums over the same window, never with fixed numbers,
 * while the lines of the class's own commune are compared with the records the class made.
 */
@QuarkusTest
class ProvinceSummaryTest {

    private static final String DOCX = Downloads.DOCX;
    private static final String XLSX = Downloads.XLSX;
    private static final LocalDate WINDOW_START = LocalDate.of(2018, 12, 15);
    private static final LocalDate WINDOW_END = LocalDate.of(2019, 6, 14);
    private static final LocalDate DUE = LocalDate.of(2019, 6, 20);
    private static final String PERIOD_NAME = "Báo cáo 6 tháng đầu năm 2051 (kiểm thử)";
    private static final String COMMUNE_NAME = "Xã Thử Tổng Hợp Đường";
    private static final String DIFFICULTY = "Đường giao thông xuống cấp, mùa mưa sạt lở: ường ữ ặ";
    private static final String RECOMMENDATION = "Đề nghị tỉnh bố trí vốn đối ứng cho mô hình bò sinh sản";
    private static final String HIDDEN = "Nội dung của báo cáo bị trả lại không được tổng hợp";
    private static final String SIGNER = "Nguyễn Thị Thử";

    @Inject
    EntityManager em;

    private static Data data;
    /** Set when creating the data failed, so later tests do not add a second copy of the records. */
    private static RuntimeException creationFailure;

    record Data(long periodId, long plannedPeriodId, long communeId, long inWindowVnd,
                long soNnReport, long stcReport, long namGiangReport, long tayGiangReport, long sytReport) {
    }

    @BeforeEach
    void createOnce() {
        if (creationFailure != null) {
            throw creationFailure;
        }
        if (data == null) {
            try {
                data = create();
            } catch (RuntimeException e) {
                creationFailure = e;
                throw e;
            }
        }
    }

    private Data create() {
        long namGiang = Fixtures.districtId(Fixtures.NAM_GIANG);
        long tayGiang = Fixtures.districtId(Fixtures.TAY_GIANG);
        long commune = Fixtures.newCommune(Fixtures.NAM_GIANG, COMMUNE_NAME);
        long agreement = Fixtures.activeAgreement(Fixtures.SO_NN, commune);
        long otherAgreement = Fixtures.activeAgreement(Fixtures.SO_TC, Fixtures.newCommune(Fixtures.NAM_GIANG, "Xã Thử Kế Hoạch Nháp"));
        long[] items = QuarkusTransaction.requiringNew().call(() -> new long[] {
                programme(agreement, PlanStatus.AGREED, 500_000_000L), programme(otherAgreement, PlanStatus.DRAFT, 70_000_000L)});

        // On both edges of the window and one day outside each; the day after is linked to the
        // programme too, so plan-against-actual must also stop at the window's end.
        record(agreement, WINDOW_START.minusDays(1), 900_000_000L, null);
        record(agreement, WINDOW_START, 111_111_111L, items[0]);
        record(agreement, LocalDate.of(2019, 3, 10), 22_222_222L, null);
        record(agreement, WINDOW_END, 3_333_333L, null);
        record(agreement, WINDOW_END.plusDays(1), 800_000_000L, items[0]);

        return QuarkusTransaction.requiringNew().call(() -> {
            ReportingPeriod period = period(2051, "semi_annual", PERIOD_NAME, ReportingPeriodStatus.OPEN);
            ReportingPeriod planned = period(2052, "annual", "Báo cáo năm 2052 (kiểm thử)", ReportingPeriodStatus.PLANNED);
            Report soNn = report(period, organization(Fixtures.SO_NN), null, ReportStatus.SUBMITTED, at(2019, 6, 18), r -> {
                r.results = "Hỗ trợ 10 con bò giống cho hộ nghèo xã " + COMMUNE_NAME + ".\nTập huấn kỹ thuật chăn nuôi.";
                r.difficulties = List.of(new NarrativeItem("production", namGiang, DIFFICULTY));
                r.recommendations = List.of(new NarrativeItem("coordination", null, RECOMMENDATION));
            });
            Report stc = report(period, organization(Fixtures.SO_TC), null, ReportStatus.DRAFT, null, r -> { });
            Report namGiangReport = report(period, null, em.find(AdminUnit.class, namGiang), ReportStatus.ACCEPTED, at(2019, 6, 25), r -> {
                r.acceptedAt = at(2019, 6, 26);
                r.acceptedBy = "bdt";
                r.results = "Tiếp nhận và phân bổ hỗ trợ đúng đối tượng.";
                r.difficulties = List.of(new NarrativeItem("material", namGiang, "Thiếu nhà văn hóa thôn"));
            });
            Report tayGiangReport = report(period, null, em.find(AdminUnit.class, tayGiang), ReportStatus.RETURNED, at(2019, 6, 19), r -> {
                r.returnedAt = at(2019, 6, 21);
                r.returnReason = "Thiếu số liệu";
                r.results = HIDDEN;
                r.difficulties = List.of(new NarrativeItem("other", tayGiang, HIDDEN));
            });
            Report syt = report(period, organization("SYT"), null, ReportStatus.DRAFT, null, r -> {
                r.excused = true;
                r.excuseReason = "Đơn vị sáp nhập";
                r.excusedAt = at(2019, 6, 1);
                r.excusedBy = "bdt";
            });
            em.flush();
            return new Data(period.id, planned.id, commune, 111_111_111L + 22_222_222L + 3_333_333L,
                    soNn.id, stc.id, namGiangReport.id, tayGiangReport.id, syt.id);
        });
    }

    private long programme(long agreementId, PlanStatus status, long plannedVnd) {
        Plan plan = new Plan();
        plan.agreement = em.find(Agreement.class, agreementId);
        plan.kind = PlanKind.ANNUAL;
        plan.year = 2051;
        plan.title = "Chương trình năm 2051 (kiểm thử)";
        plan.status = status;
        if (status == PlanStatus.AGREED) {
            plan.agreedAt = OffsetDateTime.now(ZoneOffset.UTC);
            plan.agreedBy = "namgiang";
        }
        em.persist(plan);
        PlanItem item = new PlanItem();
        item.plan = plan;
        item.category = em.createQuery("select c from SupportCategory c where c.code = 'PD-SEEDS-LIVESTOCK'", SupportCategory.class)
                .getSingleResult();
        item.description = "Hỗ trợ bò giống";
        item.plannedVnd = plannedVnd;
        em.persist(item);
        em.flush();
        return item.id;
    }

    private static void record(long agreementId, LocalDate date, long valueVnd, Long planItemId) {
        Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreementId));
        body.put("supportDate", date.toString());
        body.put("valueVnd", valueVnd);
        if (planItemId != null) {
            body.put("planItemId", planItemId);
            body.put("categoryId", Fixtures.categoryId("PD-SEEDS-LIVESTOCK"));
        }
        as("bdt").body(body).post("/api/v1/support-records").then().statusCode(201);
    }

    private ReportingPeriod period(int year, String regime, String name, ReportingPeriodStatus status) {
        ReportingPeriod period = new ReportingPeriod();
        period.regime = em.find(ReportingRegime.class, regime);
        period.year = (short) year;
        period.name = name;
        period.windowStart = WINDOW_START;
        period.windowEnd = WINDOW_END;
        period.opensOn = LocalDate.of(2019, 6, 1);
        period.dueDate = DUE;
        period.status = status;
        if (status != ReportingPeriodStatus.PLANNED) {
            period.openedAt = at(2019, 6, 1);
            period.openedBy = "bdt";
        }
        em.persist(period);
        return period;
    }

    private Report report(ReportingPeriod period, Organization organization, AdminUnit district, ReportStatus status,
                          OffsetDateTime firstSubmittedAt, Consumer<Report> details) {
        Report report = new Report();
        report.period = period;
        report.reporterKind = organization != null ? ReporterKind.ORGANIZATION : ReporterKind.DISTRICT;
        report.organization = organization;
        report.district = district;
        report.rosterSource = RosterSource.FROZEN;
        report.status = status;
        report.firstSubmittedAt = firstSubmittedAt;
        report.lastSubmittedAt = firstSubmittedAt;
        report.submissionCount = firstSubmittedAt == null ? 0 : 1;
        details.accept(report);
        em.persist(report);
        return report;
    }

    private Organization organization(String code) {
        return em.createQuery("select o from Organization o where o.code = :code", Organization.class)
                .setParameter("code", code).getSingleResult();
    }

    private static OffsetDateTime at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(9, 0).atZone(ProgrammeDate.ZONE).toOffsetDateTime();
    }

    /** The database's own sum over the window, whoever made the records. */
    private long[] sqlSumInWindow() {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select coalesce(sum(value_vnd), 0), count(*) from support_record where support_date between :from and :to")
                .setParameter("from", WINDOW_START).setParameter("to", WINDOW_END).getSingleResult());
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    private static String summaryPath() {
        return "/api/v1/reporting-periods/" + data.periodId() + "/summary";
    }

    @Test
    void jsonTotalsAreTheSumOfTheRecordsInTheWindowAndEachLineTracesToItsRecords() {
        JsonPath json = as("bdt").get(summaryPath()).then().statusCode(200)
                .contentType(startsWith("application/json")).extract().jsonPath();
        long[] sql = sqlSumInWindow();
        assertEquals(sql[0], json.getLong("figures.total.valueVnd"), "the total is the database's sum over the window");
        assertEquals(sql[1], json.getLong("figures.total.records"));
        assertEquals(sql[0], json.getList("figures.byArea.valueVnd", Long.class).stream().mapToLong(Long::longValue).sum(),
                "the areas partition the total");

        Map<String, Object> commune = json.getMap("figures.byCommune.find { it.key == '" + data.communeId() + "' }");
        assertNotNull(commune, "the class's commune has a line");
        assertEquals(data.inWindowVnd(), ((Number) commune.get("valueVnd")).longValue(),
                "the records one day before and one day after the window are left out; both edge days are in");
        assertEquals(3, ((Number) commune.get("records")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, String> filter = (Map<String, String>) commune.get("filter");
        assertEquals(Map.of("from", "2018-12-15", "to", "2019-06-14", "communeId", String.valueOf(data.communeId())), filter);
        JsonPath traced = as("bdt").queryParams(filter).queryParam("size", 100).get("/api/v1/support-records")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(3, traced.getLong("total"), "the line's filter lists exactly the records it sums");
        assertEquals(data.inWindowVnd(), traced.getList("items.valueVnd", Long.class).stream().mapToLong(Long::longValue).sum());

        assertEquals(PERIOD_NAME, json.getString("period.name"));
        assertEquals(5, json.getInt("period.reportCount"));
        assertEquals(3, json.getInt("period.submittedCount"));
        assertEquals(2051, json.getInt("planVsActual.year"));
        assertEquals(1, json.getInt("planVsActual.agreedProgrammes"));
        assertEquals(1, json.getInt("planVsActual.draftProgrammes"));
        assertEquals(500_000_000L, json.getLong("planVsActual.plannedVnd"), "only the agreed programme is planned");
        assertEquals(111_111_111L, json.getLong("planVsActual.actualVnd"), "linked support after the window's end is not counted");
        assertEquals(1, json.getInt("planVsActual.actualRecords"));
    }

    @Test
    void completenessNamesTheLateAndMissingReporters() {
        JsonPath json = as("lanhdao").get(summaryPath()).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("expected", 4, "submitted", 3, "onTime", 2, "late", 1, "overdue", 1, "pending", 0,
                "returned", 1, "accepted", 1, "excused", 1, "submittedRate", 75.0f), json.getMap("completeness.totals"));
        assertEquals(List.of(Map.of("reportId", (int) data.namGiangReport(), "reporterName", "Nam Giang", "daysLate", 5)),
                json.getList("completeness.late"));
        List<Map<String, Object>> missing = json.getList("completeness.missing");
        assertEquals(1, missing.size(), "only Sở Tài chính owes a report; the excused Sở Y tế is not missing");
        assertEquals((int) data.stcReport(), missing.getFirst().get("reportId"));
        assertEquals("overdue", missing.getFirst().get("timeliness"));
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(DUE, ProgrammeDate.today()),
                ((Number) missing.getFirst().get("daysLate")).longValue());
    }

    @Test
    void summaryAndCompletenessPageCountTheSame() {
        Map<String, Object> summary = as("bdt").get(summaryPath()).then().statusCode(200).extract().jsonPath()
                .getMap("completeness.totals");
        Map<String, Object> worklist = as("bdt").get("/api/v1/reporting-periods/" + data.periodId() + "/completeness")
                .then().statusCode(200).extract().jsonPath().getMap("totals");
        assertEquals(worklist, summary, "the summary's counts are the completeness page's counts");
    }

    @Test
    void narrativesOfReceivedReportsAreCollatedByDistrictAndTheme() {
        JsonPath json = as("admin").get(summaryPath()).then().statusCode(200).extract().jsonPath();
        long namGiang = Fixtures.districtId(Fixtures.NAM_GIANG);
        assertEquals(List.of(Map.of("districtId", (int) namGiang, "districtName", "Nam Giang", "themes", List.of(
                        Map.of("theme", "material", "items", List.of(Map.of("reportId", (int) data.namGiangReport(),
                                "reporterName", "Nam Giang", "text", "Thiếu nhà văn hóa thôn"))),
                        Map.of("theme", "production", "items", List.of(Map.of("reportId", (int) data.soNnReport(),
                                "reporterName", "Sở Nông nghiệp và Phát triển nông thôn", "text", DIFFICULTY)))))),
                json.getList("difficulties"), "the returned Tây Giang report is not collated; themes follow NarrativeItem.THEMES");
        assertNull(json.get("recommendations[0].districtId"), "no district: the whole programme");
        assertNull(json.get("recommendations[0].districtName"));
        assertEquals(List.of(Map.of("theme", "coordination", "items", List.of(Map.of("reportId", (int) data.soNnReport(),
                        "reporterName", "Sở Nông nghiệp và Phát triển nông thôn", "text", RECOMMENDATION)))),
                json.getList("recommendations[0].themes"));
        assertEquals(1, json.getList("recommendations").size());
        assertEquals(List.of("Nam Giang", "Sở Nông nghiệp và Phát triển nông thôn"), json.getList("results.reporterName"),
                "results of the received reports only, by name; the returned report's are left out");
    }

    @Test
    void wordReportIsADecree30DocumentWithTheFiguresAndDiacriticsIntact() throws IOException {
        ExtractableResponse<Response> response = as("bdt").accept(DOCX)
                .queryParam("number", "12").queryParam("date", "2026-02-05").queryParam("signerName", SIGNER)
                .get(summaryPath()).then().statusCode(200).contentType(DOCX).extract();
        assertEquals("attachment; filename=\"Bao-cao-tong-hop-Bao-cao-6-thang-dau-nam-2051-kiem-thu.docx\"; "
                        + "filename*=UTF-8''" + Downloads.percentEncoded("Báo cáo tổng hợp - " + PERIOD_NAME + ".docx"),
                response.header("Content-Disposition"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.asByteArray()))) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            assertEquals(11906, twips(section.getPgSz().getW()), "A4 width");
            assertEquals(16838, twips(section.getPgSz().getH()), "A4 height");
            assertEquals(1134, twips(section.getPgMar().getTop()), "top 20 mm");
            assertEquals(1134, twips(section.getPgMar().getBottom()), "bottom 20 mm");
            assertEquals(1701, twips(section.getPgMar().getLeft()), "left 30 mm");
            assertEquals(850, twips(section.getPgMar().getRight()), "right 15 mm");
            assertTrue(section.isSetTitlePg(), "the first page has its own (empty) header");

            XWPFHeaderFooterPolicy headers = doc.getHeaderFooterPolicy();
            assertEquals("", headers.getFirstPageHeader().getText().strip(), "no page number on the first page");
            assertTrue(instructions(headers.getDefaultHeader()).contains("PAGE"), "a PAGE field in the other pages' header");

            XWPFTable heading = doc.getTables().getFirst();
            String issuer = heading.getRow(0).getCell(0).getText();
            String nation = heading.getRow(0).getCell(1).getText();
            assertTrue(issuer.contains("UBND TỈNH QUẢNG NAM") && issuer.contains("BAN DÂN TỘC") && issuer.contains("Số: 12/BC-BDT"), issuer);
            assertTrue(nation.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") && nation.contains("Độc lập - Tự do - Hạnh phúc")
                    && nation.contains("Quảng Nam, ngày 05 tháng 02 năm 2026"), nation);

            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("BÁO CÁO"), "the kind of document");
            assertTrue(text.contains("Kết quả thực hiện công tác kết nghĩa, giúp đỡ các xã đặc biệt khó khăn miền núi"));
            assertTrue(text.contains(PERIOD_NAME));
            for (String part : List.of("I. TÌNH HÌNH THỰC HIỆN", "II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ",
                    "III. KHÓ KHĂN, VƯỚNG MẮC", "IV. KIẾN NGHỊ, ĐỀ XUẤT", "Nơi nhận:", "UBND tỉnh (b/c);",
                    "Lưu: VT, CSDT.", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", SIGNER, "PHỤ LỤC")) {
                assertTrue(text.contains(part), "the document has " + part);
            }
            long total = sqlSumInWindow()[0];
            assertTrue(text.contains("Tổng giá trị hỗ trợ: " + VietnameseFormat.money(total)),
                    "the total written the Vietnamese way, e.g. 27.000.000.000 đồng: " + VietnameseFormat.money(total));
            assertTrue(text.contains("kinh phí kế hoạch 500.000.000 đồng; đã thực hiện 111.111.111 đồng (22,2% kế hoạch"));
            assertTrue(text.contains(DIFFICULTY + " (Sở Nông nghiệp và Phát triển nông thôn)"), "diacritics survive");
            assertTrue(text.contains(RECOMMENDATION) && text.contains("Chung toàn tỉnh") && text.contains("Tổ chức, phối hợp thực hiện"));
            assertTrue(text.contains("Phát triển sản xuất, giảm nghèo bền vững") && text.contains("Vật chất"), "theme labels");
            assertFalse(text.contains(HIDDEN), "a returned report's narrative is not collated");
            String reporting = text.substring(text.indexOf("II. TÌNH HÌNH BÁO CÁO"), text.indexOf("III. KHÓ KHĂN"));
            assertTrue(reporting.contains("Số đơn vị phải báo cáo: 4 (không kể 1 đơn vị được miễn); đã gửi báo cáo: 3 (đạt 75%)"), reporting);
            assertTrue(reporting.contains("Nam Giang (trễ 5 ngày)"), "the late reporter");
            assertTrue(reporting.contains("Sở Tài chính (quá hạn"), "the missing reporter");
            assertFalse(reporting.contains("Sở Y tế"), "the excused reporter is neither late nor missing");
            assertTrue(text.contains("Mọi số liệu trong báo cáo này là tổng của các bản ghi hỗ trợ")
                    && text.contains("từ ngày 15/12/2018 đến ngày 14/06/2019"), "the appendix says what the figures sum");
            assertTrue(totalRowOfFirstFigureTable(doc).contains(VietnameseFormat.number(total)), "the area table's total row");

            List<XWPFRun> runs = runs(doc);
            assertTrue(runs.size() > 50);
            for (XWPFRun run : runs) {
                assertEquals("Times New Roman", run.getFontFamily(XWPFRun.FontCharRange.ascii), run.text());
                assertEquals("Times New Roman", run.getFontFamily(XWPFRun.FontCharRange.hAnsi), run.text());
                assertEquals("Times New Roman", run.getFontFamily(XWPFRun.FontCharRange.eastAsia), run.text());
                assertEquals("Times New Roman", run.getFontFamily(XWPFRun.FontCharRange.cs), run.text());
            }
        }
    }

    @Test
    void workbookHasOneSheetPerTableWithNumericSums() throws IOException {
        ExtractableResponse<Response> response = as("bdt").accept(XLSX).get(summaryPath())
                .then().statusCode(200).contentType(XLSX).extract();
        assertTrue(response.header("Content-Disposition").contains("filename=\"Bao-cao-tong-hop-Bao-cao-6-thang-dau-nam-2051-kiem-thu.xlsx\""));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Tổng hợp", "Theo lĩnh vực", "Theo nội dung", "Theo huyện", "Theo xã", "Theo loại đơn vị",
                    "Theo nguồn kinh phí", "Theo hình thức", "Theo đơn vị kết nghĩa", "Tình hình báo cáo",
                    "Khó khăn, vướng mắc", "Kiến nghị, đề xuất"), names);
            long[] sql = sqlSumInWindow();
            Sheet byArea = workbook.getSheet("Theo lĩnh vực");
            Row total = byArea.getRow(byArea.getLastRowNum());
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            assertEquals(sql[1], (long) total.getCell(1).getNumericCellValue(), "record count of the total line");
            assertEquals(sql[0], (long) total.getCell(2).getNumericCellValue(), "numeric cell equal to the SQL sum");
            assertEquals("#,##0", total.getCell(2).getCellStyle().getDataFormatString());
            assertEquals(1, byArea.getPaneInformation().getHorizontalSplitPosition(), "the heading row stays in view");

            Row commune = rowWith(workbook.getSheet("Theo xã"), 0, COMMUNE_NAME);
            assertEquals(3, (long) commune.getCell(1).getNumericCellValue());
            assertEquals(data.inWindowVnd(), (long) commune.getCell(2).getNumericCellValue());

            Row difficulty = rowWith(workbook.getSheet("Khó khăn, vướng mắc"), 3, DIFFICULTY);
            assertEquals("Nam Giang", difficulty.getCell(0).getStringCellValue());
            assertEquals("Phát triển sản xuất, giảm nghèo bền vững", difficulty.getCell(1).getStringCellValue());
            assertEquals("Sở Nông nghiệp và Phát triển nông thôn", difficulty.getCell(2).getStringCellValue());
            Row overdue = rowWith(workbook.getSheet("Tình hình báo cáo"), 0, "Sở Tài chính");
            assertEquals("Quá hạn", overdue.getCell(1).getStringCellValue());
        }
    }

    @Test
    void reminderLetterListsExactlyTheOverdueAndReturnedReporters() throws IOException {
        LocalDate submitBy = ProgrammeDate.today().plusDays(10);
        String path = "/api/v1/reporting-periods/" + data.periodId() + "/reminder-letter";
        ExtractableResponse<Response> response = as("bdt").accept(DOCX).queryParam("submitBy", submitBy.toString())
                .queryParam("signerTitle", "Trưởng ban").get(path).then().statusCode(200).contentType(DOCX).extract();
        assertTrue(response.header("Content-Disposition").startsWith("attachment; filename=\"Cong-van-don-doc-bao-cao-"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.asByteArray()))) {
            XWPFTable list = doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals("Cơ quan, đơn vị, địa phương"))
                    .findFirst().orElseThrow();
            List<String> listed = list.getRows().stream().skip(1).map(r -> r.getCell(1).getText()).toList();
            assertEquals(List.of("Sở Tài chính", "UBND huyện Tây Giang"), listed, "overdue first, then the returned report; nobody else");
            assertEquals("Chưa gửi báo cáo", list.getRow(1).getCell(2).getText());
            assertEquals("Báo cáo bị trả lại ngày 21/06/2019, chưa gửi lại", list.getRow(2).getCell(2).getText());
            assertEquals("20/06/2019", list.getRow(1).getCell(3).getText());
            assertEquals(String.valueOf(java.time.temporal.ChronoUnit.DAYS.between(DUE, ProgrammeDate.today())),
                    list.getRow(1).getCell(4).getText());

            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Kính gửi:") && text.contains("- Sở Tài chính;") && text.contains("- UBND huyện Tây Giang."), text);
            assertTrue(text.contains("V/v đôn đốc báo cáo kết quả thực hiện công tác kết nghĩa, " + PERIOD_NAME));
            assertTrue(text.contains("Số: ") && text.contains("/BDT-VP"));
            assertTrue(text.contains("trước ngày " + VietnameseFormat.shortDate(submitBy)));
            assertTrue(text.contains("TRƯỞNG BAN") && !text.contains("KT. TRƯỞNG BAN"), "the head signs in person");
            assertTrue(text.contains("Nơi nhận:") && text.contains("- Như trên;"));
            for (String absent : List.of("Sở Nông nghiệp", "Sở Y tế")) {
                assertFalse(text.contains(absent), absent + " does not owe a report");
            }
        }
    }

    @Test
    void reminderLetterRefusals() {
        String path = "/api/v1/reporting-periods/" + data.periodId() + "/reminder-letter";
        as("bdt").accept(DOCX).queryParam("date", "2030-01-10").queryParam("submitBy", "2030-01-09").get(path)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].parameter", equalTo("submitBy"));
        as("bdt").accept(DOCX).get("/api/v1/reporting-periods/" + data.plannedPeriodId() + "/reminder-letter")
                .then().statusCode(409).body("type", equalTo("urn:ketnghia:problem:invalid-state"));
        as("lanhdao").accept(DOCX).get(path).then().statusCode(403);
        as("sonnptnt").accept(DOCX).get(path).then().statusCode(403);
    }

    @Test
    void contentNegotiationRolesAndMissingPeriods() {
        as("bdt").accept("text/csv").get(summaryPath()).then().statusCode(406)
                .contentType("application/problem+json").body("type", equalTo("urn:ketnghia:problem:not-acceptable"));
        as("bdt").accept("*/*").get(summaryPath()).then().statusCode(200).contentType(startsWith("application/json"));
        as("bdt").accept(XLSX + ";q=0.5, " + DOCX).get(summaryPath()).then().statusCode(200).contentType(DOCX);
        as("sonnptnt").get(summaryPath()).then().statusCode(403).contentType("application/problem+json");
        as("namgiang").get(summaryPath()).then().statusCode(403);
        Api.anonymous().get(summaryPath()).then().statusCode(401);
        as("bdt").get("/api/v1/reporting-periods/999999999/summary").then().statusCode(404)
                .body("type", equalTo("urn:ketnghia:problem:not-found"));
        as("bdt").queryParam("date", "05/02/2026").accept(DOCX).get(summaryPath()).then().statusCode(400)
                .body("detail", containsString("date"));
    }

    private static int twips(Object value) {
        return new BigInteger(value.toString()).intValue();
    }

    private static String instructions(XWPFHeader header) {
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph paragraph : header.getParagraphs()) {
            for (CTR run : paragraph.getCTP().getRList()) {
                for (CTText instruction : run.getInstrTextList()) {
                    text.append(instruction.getStringValue());
                }
            }
        }
        return text.toString();
    }

    private static List<XWPFRun> runs(XWPFDocument doc) {
        List<XWPFRun> runs = new ArrayList<>();
        doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
                }
            }
        }
        doc.getHeaderList().forEach(h -> h.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        return runs.stream().filter(r -> r.text() != null && !r.text().isEmpty()).toList();
    }

    /** The second table is "by area" (the first is the header block). */
    private static String totalRowOfFirstFigureTable(XWPFDocument doc) {
        XWPFTable table = doc.getTables().get(1);
        XWPFTableRow last = table.getRow(table.getNumberOfRows() - 1);
        return last.getTableCells().stream().map(XWPFTableCell::getText).toList().toString();
    }

    private static Row rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            if (row.getCell(column) != null && value.equals(row.getCell(column).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
    }
}
