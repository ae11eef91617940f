package vn.ketnghia.notification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReportingPeriodStatus;
import vn.ketnghia.testsupport.Fixtures;
import vn.ketnghia.testsupport.Tokens;

/**
 * Report attachments: types by content, limits, who may change them and when. Periods of this class
 * use the years 2061–2068 (one per test and regime), so they never meet another class's periods.
 */
@QuarkusTest
class AttachmentTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2061);
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject
    ReportingRows rows;

    private long openPeriod() {
        int year = YEAR.getAndIncrement();
        return rows.period(year, "annual", LocalDate.of(year, 12, 16), ReportingPeriodStatus.OPEN);
    }

    private long soNnReport(long periodId, ReportStatus status) {
        return rows.organizationReport(periodId, rows.organizationId(Fixtures.SO_NN), status);
    }

    private static String path(long reportId) {
        return "/api/v1/reports/" + reportId + "/attachments";
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.accessToken(user)).accept("application/json");
    }

    /**
     * The multipart body as browsers write it, with the file name in UTF-8: REST Assured would send
     * a Vietnamese name as question marks.
     */
    private static Response browserUpload(String user, long reportId, String name, byte[] content) {
        String boundary = "----KetNghiaTest" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(Tokens.accessToken(user)).accept("application/json")
                .contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray())
                .post(path(reportId));
    }

    private static Response upload(String user, long reportId, String name, byte[] content, String claimedType) {
        return as(user).multiPart("file", name, content, claimedType).post(path(reportId));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void uploadDownloadRoundTripKeepsBytesNameAndHistory() throws Exception {
        long reportId = soNnReport(openPeriod(), ReportStatus.DRAFT);
        long versionBefore = rows.reportVersion(reportId);

        Response created = browserUpload("sonnptnt", reportId, "C:\\Users\\cb\\..\\Báo cáo kết quả 6 tháng\u0007.pdf", PDF);
        created.then().statusCode(201)
                .header("Location", containsString(path(reportId) + "/"))
                .body("fileName", equalTo("Báo cáo kết quả 6 tháng.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("sha256", equalTo(sha256(PDF)))
                .body("uploadedBy", equalTo("sonnptnt"));
        long attachmentId = created.jsonPath().getLong("id");
        assertTrue(rows.reportVersion(reportId) > versionBefore, "the report's ETag moves with its attachments");

        as("bdt").get(path(reportId)).then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo((int) attachmentId)).body("[0].fileName", equalTo("Báo cáo kết quả 6 tháng.pdf"));

        for (String reader : new String[] {"sonnptnt", "bdt", "lanhdao", "admin"}) {
            Response download = given().auth().oauth2(Tokens.accessToken(reader)).accept("*/*")
                    .get(path(reportId) + "/" + attachmentId);
            download.then().statusCode(200).contentType("application/pdf")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", containsString("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt"))
                    .header("Content-Disposition", containsString("filename=\"Bao cao ket qua 6 thang.pdf\""));
            byte[] body = download.asByteArray();
            assertArrayEquals(PDF, body, () -> reader + " got " + new String(body, StandardCharsets.ISO_8859_1));
            assertEquals(created.jsonPath().getString("sha256"), sha256(body));
        }

        as("sonnptnt").delete(path(reportId) + "/" + attachmentId).then().statusCode(204);
        as("sonnptnt").get(path(reportId)).then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(Tokens.accessToken("sonnptnt")).accept("*/*").get(path(reportId) + "/" + attachmentId)
                .then().statusCode(404);
        assertEquals(List.of("attachment_added:Báo cáo kết quả 6 tháng.pdf", "attachment_deleted:Báo cáo kết quả 6 tháng.pdf"), rows.historyOf(reportId));
    }

    @Test
    void typesAreCheckedByContentNotByName() throws Exception {
        long reportId = soNnReport(openPeriod(), ReportStatus.DRAFT);

        byte[] text = "Đây là văn bản thường, không phải PDF".getBytes(StandardCharsets.UTF_8);
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        byte[] plainZip = zip("readme.txt");
        byte[] fakeDocx = zip("[Content_Types].xml");
        for (Object[] refused : new Object[][] {{"bao-cao.pdf", text, "application/pdf"}, {"setup.exe", exe, "application/x-msdownload"},
                {"bao-cao.pdf", exe, "application/pdf"}, {"bao-cao.docx", plainZip, "application/zip"},
                {"bao-cao.docx", fakeDocx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}}) {
            upload("sonnptnt", reportId, (String) refused[0], (byte[]) refused[1], (String) refused[2]).then().statusCode(415)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:ketnghia:problem:unsupported-media-type"))
                    .body("errors[0].parameter", equalTo("file"));
        }
        assertEquals(0, rows.attachmentCount(reportId));
        assertEquals(List.of(), rows.historyOf(reportId));

        upload("sonnptnt", reportId, "so-lieu.bin", docx(), "application/octet-stream").then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        upload("sonnptnt", reportId, "anh.jpg", PNG, "image/jpeg").then().statusCode(201).body("mediaType", equalTo("image/png"));
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
        upload("sonnptnt", reportId, "anh.jpg", jpeg, "image/jpeg").then().statusCode(201).body("mediaType", equalTo("image/jpeg"));
        assertEquals(3, rows.attachmentCount(reportId));
    }

    @Test
    void fileNamesLoseFoldersControlsAndReservedCharactersButKeepVietnamese() {
        long reportId = soNnReport(openPeriod(), ReportStatus.DRAFT);
        String longName = "Báo cáo ".repeat(40) + ".pdf";
        String[][] cases = {
                {"Ba\u0301o ca\u0301o đi\u0323a phương.pdf", "Báo cáo địa phương.pdf"},
                {"../../etc/Kế hoạch.pdf", "Kế hoạch.pdf"},
                {"Biên bản <lần 2>: chính thức?.pdf", "Biên bản _lần 2__ chính thức_.pdf"},
                {"\u202Efdp.exe\t .pdf", "fdp.exe .pdf"},
                {"...", "tep-dinh-kem"},
                {longName, "Báo cáo ".repeat(40).substring(0, 251).strip() + ".pdf"}};
        for (String[] name : cases) {
            browserUpload("sonnptnt", reportId, name[0], PDF).then().statusCode(201).body("fileName", equalTo(name[1]));
        }
    }

    @Test
    void aFileOverTheLimitIs413AndChangesNothing() {
        long reportId = soNnReport(openPeriod(), ReportStatus.DRAFT);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        upload("sonnptnt", reportId, "qua-lon.pdf", big, "application/pdf").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ketnghia:problem:payload-too-large"))
                .body("detail", containsString("10 MB"));
        assertEquals(0, rows.attachmentCount(reportId));

        upload("sonnptnt", reportId, "rong.pdf", new byte[0], "application/pdf").then().statusCode(400)
                .body("errors[0].parameter", equalTo("file"));
        as("sonnptnt").contentType("multipart/form-data").multiPart("note", "không có tệp").post(path(reportId))
                .then().statusCode(400).body("errors[0].parameter", equalTo("file"));
        assertEquals(0, rows.attachmentCount(reportId));
        assertEquals(List.of(), rows.historyOf(reportId));
    }

    @Test
    void theTwentyFirstFileIsRefused() {
        long reportId = soNnReport(openPeriod(), ReportStatus.DRAFT);
        for (int i = 1; i <= 20; i++) {
            upload("sonnptnt", reportId, "anh-" + i + ".png", PNG, "image/png").then().statusCode(201);
        }
        upload("sonnptnt", reportId, "anh-21.png", PNG, "image/png").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ketnghia:problem:conflict"))
                .body("detail", containsString("20"));
        assertEquals(20, rows.attachmentCount(reportId));
        as("bdt").get(path(reportId)).then().statusCode(200).body("", hasSize(20));
    }

    @Test
    void onlyTheReporterChangesAttachmentsAndOthersSeeThemByScope() {
        long periodId = openPeriod();
        long reportId = soNnReport(periodId, ReportStatus.DRAFT);
        long attachmentId = upload("sonnptnt", reportId, "bien-ban.pdf", PDF, "application/pdf").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        for (String notReporter : new String[] {"bdt", "lanhdao", "admin"}) {
            upload(notReporter, reportId, "x.pdf", PDF, "application/pdf").then().statusCode(403)
                    .body("type", equalTo("urn:ketnghia:problem:forbidden"));
            as(notReporter).delete(path(reportId) + "/" + attachmentId).then().statusCode(403);
        }
        for (String otherParty : new String[] {"sotaichinh", "namgiang", Tokens.NAM_GIANG_SYSTEM}) {
            upload(otherParty, reportId, "x.pdf", PDF, "application/pdf").then().statusCode(404)
                    .body("type", equalTo("urn:ketnghia:problem:not-found"));
            as(otherParty).delete(path(reportId) + "/" + attachmentId).then().statusCode(404);
            as(otherParty).get(path(reportId)).then().statusCode(404);
            given().auth().oauth2(Tokens.accessToken(otherParty)).accept("*/*").get(path(reportId) + "/" + attachmentId)
                    .then().statusCode(404);
        }
        assertEquals(1, rows.attachmentCount(reportId));

        long districtReport = rows.districtReport(periodId, rows.districtId(Fixtures.NAM_GIANG), ReportStatus.RETURNED);
        long fromSystem = upload(Tokens.NAM_GIANG_SYSTEM, districtReport, "bao-cao-huyen.pdf", PDF, "application/pdf")
                .then().statusCode(201).body("uploadedBy", equalTo(Tokens.NAM_GIANG_SYSTEM)).extract().jsonPath().getLong("id");
        as("namgiang").get(path(districtReport)).then().statusCode(200).body("[0].id", equalTo((int) fromSystem));
        as("sonnptnt").get(path(districtReport)).then().statusCode(404);
        as("taygiang").get(path(districtReport)).then().statusCode(404);
        as("namgiang").delete(path(districtReport) + "/" + fromSystem).then().statusCode(204);
        as("sonnptnt").delete(path(reportId) + "/" + fromSystem).then().statusCode(404);
        given().auth().oauth2(Tokens.accessToken("sonnptnt")).accept("*/*").get(path(reportId) + "/999999999")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void attachmentsOfALockedReportOrAClosedPeriodCannotChange() {
        long periodId = openPeriod();
        long reportId = soNnReport(periodId, ReportStatus.DRAFT);
        long attachmentId = upload("sonnptnt", reportId, "bien-ban.pdf", PDF, "application/pdf").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        for (ReportStatus locked : new ReportStatus[] {ReportStatus.SUBMITTED, ReportStatus.ACCEPTED}) {
            rows.setReportStatus(reportId, locked);
            upload("sonnptnt", reportId, "them.pdf", PDF, "application/pdf").then().statusCode(409)
                    .body("type", equalTo("urn:ketnghia:problem:invalid-state"));
            as("sonnptnt").delete(path(reportId) + "/" + attachmentId).then().statusCode(409)
                    .body("type", equalTo("urn:ketnghia:problem:invalid-state"));
        }
        rows.setReportStatus(reportId, ReportStatus.RETURNED);
        upload("sonnptnt", reportId, "bo-sung.pdf", PDF, "application/pdf").then().statusCode(201);

        rows.setPeriodStatus(periodId, ReportingPeriodStatus.CLOSED);
        upload("sonnptnt", reportId, "muon.pdf", PDF, "application/pdf").then().statusCode(409)
                .body("detail", containsString("not open"));
        as("sonnptnt").delete(path(reportId) + "/" + attachmentId).then().statusCode(409);
        as("sonnptnt").get(path(reportId)).then().statusCode(200).body("", hasSize(2));
        assertEquals(List.of("attachment_added:bien-ban.pdf", "attachment_added:bo-sung.pdf"), rows.historyOf(reportId));
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Báo cáo kết quả thực hiện công tác kết nghĩa");
            document.write(bytes);
            return bytes.toByteArray();
        }
    }
}
