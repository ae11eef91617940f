package vn.ketnghia.reporting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.reporting.ReportingApi.REPORTS;
import static vn.ketnghia.reporting.ReportingApi.report;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Who may take which step of a report, in which state, and what each step leaves behind. Year used
 * by this class: 2034 (annual).
 */
@QuarkusTest
class ReportWorkflowTest {

    private static Long period;

    /** One period for the class (a regime has one period a year); SNNPTNT and Nam Giang are on its roster through our own agreement. */
    private static synchronized long period() {
        if (period == null) {
            Fixtures.openEndedAgreement(Fixtures.organizationId(Fixtures.SO_NN),
                    Fixtures.newCommune(Fixtures.NAM_GIANG, "Xã Thử Quy Trình"), "2021-06-01");
            period = ReportingApi.openPeriod("annual", 2034);
        }
        return period;
    }

    private static Map<String, Object> narrative(String results, String difficulty, Long districtId) {
        Map<String, Object> item = new java.util.HashMap<>(Map.of("theme", "production", "text", difficulty));
        if (districtId != null) {
            item.put("districtId", districtId);
        }
        return Map.of("results", results, "difficulties", List.of(item),
                "recommendations", List.of(Map.of("theme", "coordination", "text", "Đề nghị tỉnh bố trí kinh phí đối ứng")));
    }

    @Test
    void theReporterSubmitsTheProvinceReturnsOrAcceptsAndOthersMayNot() {
        long snn = Fixtures.organizationId(Fixtures.SO_NN);
        long namGiang = Fixtures.districtId(Fixtures.NAM_GIANG);
        long id = ReportingApi.reportOf(period(), snn, false);
        String path = report(id);

        as("sotaichinh").get(path).then().statusCode(404);
        as("namgiang").get(path).then().statusCode(404);
        as("taygiang").header("If-Match", "\"0\"").body(narrative("x", "y", null)).put(path).then().statusCode(404);
        as("lanhdao").get(path).then().statusCode(200).body("actions", empty());
        as("admin").get(path).then().statusCode(200).body("actions", empty());
        as("bdt").get(path).then().statusCode(200).body("actions", contains("excuse"));
        as("sonnptnt").get(path).then().statusCode(200).body("actions", contains("edit", "submit", "attach"))
                .body("status", equalTo("draft")).body("figures.live", equalTo(true)).body("attachments", empty());
        as("sonnptnt").get(REPORTS + "?size=100&periodId=" + period()).then().statusCode(200)
                .body("items.reporter.id", everyItem(equalTo((int) snn)));
        as("namgiang").get(REPORTS + "?periodId=" + period()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].reporter.id", equalTo((int) namGiang));

        Map<String, Object> first = narrative("Hỗ trợ 20 con bò giống cho xã.", "Giá thức ăn chăn nuôi tăng", namGiang);
        String etag = Api.etagOf("sonnptnt", path);
        as("lanhdao").header("If-Match", etag).body(first).put(path).then().statusCode(403);
        as("bdt").header("If-Match", etag).body(first).put(path).then().statusCode(403);
        as("bdt").header("If-Match", etag).post(path + "/submit").then().statusCode(403);
        as("sonnptnt").header("If-Match", etag).body(Map.of("reason", "Tự trả")).post(path + "/return").then().statusCode(403);
        as("sonnptnt").header("If-Match", etag).post(path + "/accept").then().statusCode(403);
        as("sonnptnt").header("If-Match", etag).body(Map.of("reason", "Tự miễn")).post(path + "/excuse").then().statusCode(403);
        as("sonnptnt").body(first).put(path).then().statusCode(428);
        as("sonnptnt").header("If-Match", "\"99\"").body(first).put(path).then().statusCode(412);
        as("sonnptnt").header("If-Match", etag).post(path + "/submit").then().statusCode(409)
                .body("type", equalTo("urn:ketnghia:problem:invalid-state"));
        long elsewhere = Fixtures.newDistrict("Huyện Thử Không Kết Nghĩa");
        as("sonnptnt").header("If-Match", etag).body(narrative("Kết quả", "Khó khăn", elsewhere)).put(path).then()
                .statusCode(400).body("errors.pointer", contains("/difficulties/0/districtId"));
        as("sonnptnt").get(path).then().header("ETag", equalTo(etag)).body("results", nullValue());

        as("sonnptnt").header("If-Match", etag).body(first).put(path).then().statusCode(200)
                .body("results", equalTo("Hỗ trợ 20 con bò giống cho xã."))
                .body("difficulties[0].districtName", equalTo("Nam Giang"))
                .body("recommendations[0].theme", equalTo("coordination"));
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", path)).body(Map.of("comment", "Gửi lần đầu"))
                .post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted")).body("submissionCount", equalTo(1))
                .body("timeliness", equalTo("on_time")).body("figures.live", equalTo(false))
                .body("versions.number", contains(1)).body("versions[0].submittedBy", equalTo("sonnptnt"))
                .body("actions", empty());

        etag = Api.etagOf("sonnptnt", path);
        as("sonnptnt").header("If-Match", etag).body(first).put(path).then().statusCode(409);
        as("sonnptnt").header("If-Match", etag).post(path + "/submit").then().statusCode(409);
        as("bdt").get(path).then().body("actions", contains("return", "accept"));
        as("bdt").header("If-Match", etag).body(Map.of()).post(path + "/return").then().statusCode(400);
        as("bdt").header("If-Match", etag).body(Map.of("reason", "   ")).post(path + "/return").then().statusCode(400)
                .body("errors.pointer", hasItem("/reason"));
        as("bdt").header("If-Match", etag).post(path + "/excuse").then().statusCode(400);
        as("bdt").get(path).then().body("status", equalTo("submitted")).header("ETag", equalTo(etag));
        as("bdt").header("If-Match", etag).body(Map.of("reason", "Bổ sung số hộ hưởng lợi")).post(path + "/return").then().statusCode(200)
                .body("status", equalTo("returned")).body("returnReason", equalTo("Bổ sung số hộ hưởng lợi"));

        as("sonnptnt").get(path).then().body("actions", contains("edit", "submit", "attach")).body("figures.live", equalTo(true));
        Map<String, Object> second = narrative("Hỗ trợ 20 con bò giống cho 20 hộ nghèo.", "Giá thức ăn chăn nuôi tăng cao", namGiang);
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", path)).body(second).put(path).then().statusCode(200);
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", path)).post(path + "/submit").then().statusCode(200)
                .body("submissionCount", equalTo(2)).body("returnReason", nullValue())
                .body("steps.action", contains("created", "submitted", "returned", "submitted"))
                .body("steps[2].comment", equalTo("Bổ sung số hộ hưởng lợi")).body("steps[2].actor", equalTo("bdt"))
                .body("steps[3].versionNumber", equalTo(2));

        List<Map<String, Object>> changes = as("lanhdao").get(path + "/changes").then().statusCode(200)
                .body("fromVersion", equalTo(1)).body("toVersion", equalTo(2)).extract().jsonPath().getList("changes");
        List<String> paths = changes.stream().map(c -> (String) c.get("path")).toList();
        assertEquals(List.of("results", "difficulties[0].text"), paths, "only what the reporter changed");
        assertEquals("Hỗ trợ 20 con bò giống cho xã.", changes.getFirst().get("before"));
        assertEquals("Hỗ trợ 20 con bò giống cho 20 hộ nghèo.", changes.getFirst().get("after"));
        List<String> fromNothing = as("bdt").get(path + "/changes?from=0&to=1").then().statusCode(200).extract().jsonPath()
                .getList("changes.path");
        assertTrue(fromNothing.containsAll(List.of("results", "difficulties[0].theme", "recommendations[0].text",
                "figures.total.valueVnd")), "against nothing, everything shows: " + fromNothing);
        as("bdt").get(path + "/changes?from=1&to=3").then().statusCode(404);
        as("bdt").get(path + "/versions/1").then().statusCode(200)
                .body("content.results", equalTo("Hỗ trợ 20 con bò giống cho xã.")).body("submittedBy", equalTo("sonnptnt"));
        as("bdt").get(path + "/versions/3").then().statusCode(404);
        as("sotaichinh").get(path + "/versions/1").then().statusCode(404);

        etag = Api.etagOf("bdt", path);
        as("bdt").header("If-Match", etag).body(Map.of("comment", "Đạt yêu cầu")).post(path + "/accept").then().statusCode(200)
                .body("status", equalTo("accepted")).body("acceptedAt", not(nullValue())).body("actions", empty());
        etag = Api.etagOf("bdt", path);
        as("sonnptnt").header("If-Match", etag).body(second).put(path).then().statusCode(409);
        as("bdt").header("If-Match", etag).body(Map.of("reason", "Trả lại sau khi nhận")).post(path + "/return").then().statusCode(409);
        as("bdt").header("If-Match", etag).body(Map.of("reason", "Miễn")).post(path + "/excuse").then().statusCode(409);
        as("bdt").get(REPORTS + "?periodId=" + period() + "&status=accepted&q=nong nghiep phat trien")
                .then().statusCode(200).body("items.id", hasItem((int) id));
    }

    @Test
    void badNarrativeIsRefusedWholeAndChangesNothing() {
        long namGiang = Fixtures.districtId(Fixtures.NAM_GIANG);
        long tayGiang = Fixtures.districtId(Fixtures.TAY_GIANG);
        long id = ReportingApi.reportOf(period(), namGiang, true);
        String path = report(id);
        String etag = Api.etagOf("namgiang", path);

        Map<String, Object> unknownTheme = Map.of("results", "Kết quả", "difficulties",
                List.of(Map.of("theme", "weather", "text", "Mưa lũ")));
        as("namgiang").header("If-Match", etag).body(unknownTheme).put(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.pointer", contains("/difficulties/0/theme"));
        Map<String, Object> foreignDistrict = Map.of("results", "Kết quả", "recommendations",
                List.of(Map.of("theme", "other", "districtId", namGiang, "text", "Đúng huyện"),
                        Map.of("theme", "other", "districtId", tayGiang, "text", "Huyện khác")));
        as("namgiang").header("If-Match", etag).body(foreignDistrict).put(path).then().statusCode(400)
                .body("errors.pointer", contains("/recommendations/1/districtId"));
        Map<String, Object> tooLong = Map.of("results", "Kết quả", "difficulties",
                List.of(Map.of("theme", "other", "text", "x".repeat(4001))));
        as("namgiang").header("If-Match", etag).body(tooLong).put(path).then().statusCode(400)
                .body("errors.pointer", hasItem("/difficulties/0/text"));
        as("namgiang").header("If-Match", etag).body(Map.of("results", "x".repeat(20001))).put(path).then().statusCode(400)
                .body("errors.pointer", hasItem("/results"));
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Map.of("theme", "other", "text", "Ý kiến " + i));
        }
        as("namgiang").header("If-Match", etag).body(Map.of("results", "Kết quả", "recommendations", many)).put(path)
                .then().statusCode(400).body("errors.pointer", hasItem("/recommendations"));
        as("namgiang").header("If-Match", etag).body(Map.of("results", "Kết quả", "surprise", 1)).put(path).then().statusCode(400);
        as("namgiang").get(path).then().statusCode(200).header("ETag", equalTo(etag))
                .body("results", nullValue()).body("difficulties", empty()).body("recommendations", empty());

        as("namgiang").header("If-Match", etag).body(Map.of("results", "  ")).put(path).then().statusCode(200);
        as("namgiang").header("If-Match", Api.etagOf("namgiang", path)).post(path + "/submit").then().statusCode(409);
        as("namgiang").get(path).then().body("status", equalTo("draft")).body("versions", hasSize(0));

        as("namgiang").header("If-Match", Api.etagOf("namgiang", path))
                .body(narrative("Tiếp nhận 12 nhà tình nghĩa.", "Đường vào thôn sạt lở", namGiang)).put(path).then().statusCode(200);
        as("namgiang").header("If-Match", Api.etagOf("namgiang", path)).post(path + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted")).body("steps[1].actor", equalTo("namgiang"));
    }
}
