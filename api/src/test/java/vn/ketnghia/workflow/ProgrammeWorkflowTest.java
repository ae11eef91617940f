package vn.ketnghia.workflow;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * The programme's rules as users meet them: a plan agreed with the district, support recorded
 * against it and confirmed, a visit with action points followed up.
 */
@QuarkusTest
class ProgrammeWorkflowTest {

    private static String plansOf(long agreementId) {
        return "/api/v1/agreements/" + agreementId + "/plans";
    }

    private static long newActiveAgreement(String name) {
        return Fixtures.activeAgreement(Fixtures.SO_NN, Fixtures.newCommune(Fixtures.NAM_GIANG, name));
    }

    @Test
    void planIsAgreedByTheDistrictAndChangesSendItBackToDraft() {
        long agreement = newActiveAgreement("Kế hoạch thống nhất");
        String plans = plansOf(agreement);
        long planId = Api.id(as("sonnptnt").body(Map.of("kind", "period", "title", "Kế hoạch giai đoạn 2016–2020"))
                .post(plans).then().statusCode(201).extract());
        String plan = plans + "/" + planId;

        as("namgiang").header("If-Match", "\"0\"").post(plan + "/agree").then().statusCode(409)
                .body("type", equalTo("urn:ketnghia:problem:invalid-state"));

        long itemId = Api.id(as("sonnptnt").body(Map.of("categoryId", Fixtures.categoryId("MA-HOUSING"),
                        "description", "Xây 3 nhà tình nghĩa", "targetQuantity", 3, "unitOfMeasure", "căn", "plannedVnd", 180_000_000L))
                .post(plan + "/items").then().statusCode(201).extract());

        String etag = Api.etagOf("namgiang", plan);
        as("namgiang").header("If-Match", etag).body(Map.of("note", "Thống nhất")).post(plan + "/agree").then().statusCode(200)
                .body("status", equalTo("agreed")).body("agreedBy", equalTo("namgiang"));

        String itemEtag = Api.etagOf("sonnptnt", plan + "/items/" + itemId);
        as("sonnptnt").header("If-Match", itemEtag).body(Map.of("categoryId", Fixtures.categoryId("MA-HOUSING"),
                        "description", "Xây 4 nhà tình nghĩa", "targetQuantity", 4, "unitOfMeasure", "căn", "plannedVnd", 240_000_000L))
                .put(plan + "/items/" + itemId).then().statusCode(200);
        as("sonnptnt").get(plan).then().body("status", equalTo("draft")).body("totals.plannedVnd", equalTo(240_000_000));
        List<String> actions = as("namgiang").get(plan + "/history").then().statusCode(200).extract().jsonPath().getList("action");
        assertEquals(List.of("created", "item-added", "agreed", "item-updated", "returned-to-draft"), actions,
                "the plan's history tells the whole story");

        as("sonnptnt").body(Map.of("kind", "period", "title", "Kế hoạch thứ hai")).post(plans).then().statusCode(409);
        as("sonnptnt").body(Map.of("kind", "annual", "year", 2025, "title", "Ngoài giai đoạn")).post(plans).then().statusCode(400)
                .body("errors.pointer", hasItem("/year"));
    }

    @Test
    void planAgainstActualSumsTheLinkedSupport() {
        long agreement = newActiveAgreement("Kế hoạch và thực hiện");
        long planId = Fixtures.planWithItem(agreement);
        String plan = plansOf(agreement) + "/" + planId;
        long itemId = as("bdt").get(plan).then().extract().jsonPath().getLong("items[0].id");
        for (long value : new long[] {50_000_000L, 70_000_000L}) {
            Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreement));
            body.put("categoryId", Fixtures.categoryId("PD-SEEDS-LIVESTOCK"));
            body.put("valueVnd", value);
            body.put("planItemId", itemId);
            as("sonnptnt").body(body).post("/api/v1/support-records").then().statusCode(201);
        }
        as("sonnptnt").get(plan).then().statusCode(200)
                .body("items[0].actualVnd", equalTo(120_000_000))
                .body("items[0].recordCount", equalTo(2))
                .body("totals.plannedVnd", equalTo(150_000_000))
                .body("totals.actualVnd", equalTo(120_000_000));
        String itemEtag = Api.etagOf("sonnptnt", plan + "/items/" + itemId);
        as("sonnptnt").header("If-Match", itemEtag).delete(plan + "/items/" + itemId).then().statusCode(409);
    }

    @Test
    void supportFollowsTheAgreementAndIsLockedOnceConfirmed() {
        long proposed = Fixtures.proposedAgreement(Fixtures.SO_NN, Fixtures.newCommune(Fixtures.NAM_GIANG, "Chưa ký"));
        as("sonnptnt").body(Fixtures.supportRecordBody(proposed)).post("/api/v1/support-records").then().statusCode(409)
                .body("type", equalTo("urn:ketnghia:problem:invalid-state"));

        long agreement = newActiveAgreement("Hỗ trợ và xác nhận");
        Map<String, Object> outside = new HashMap<>(Fixtures.supportRecordBody(agreement));
        outside.put("supportDate", "2015-12-31");
        as("sonnptnt").body(outside).post("/api/v1/support-records").then().statusCode(400)
                .body("errors.pointer", hasItem("/supportDate"));
        Map<String, Object> enterprise = new HashMap<>(Fixtures.supportRecordBody(agreement));
        enterprise.put("fundingSource", "mobilised_enterprise");
        as("sonnptnt").body(enterprise).post("/api/v1/support-records").then().statusCode(400)
                .body("errors.pointer", hasItem("/enterpriseName"));
        enterprise.put("enterpriseName", "Công ty Điện lực Quảng Nam");
        as("sonnptnt").body(enterprise).post("/api/v1/support-records").then().statusCode(201);

        long recordId = Fixtures.supportRecord(agreement);
        String path = "/api/v1/support-records/" + recordId;
        as("namgiang").header("If-Match", Api.etagOf("namgiang", path)).body(Map.of("note", "Đã nhận đủ"))
                .post(path + "/confirm").then().statusCode(200)
                .body("status", equalTo("confirmed")).body("confirmedBy", equalTo("namgiang"))
                .body("confirmationNote", equalTo("Đã nhận đủ"));
        String etag = Api.etagOf("sonnptnt", path);
        as("sonnptnt").header("If-Match", etag).body(Fixtures.supportRecordBody(agreement)).put(path).then().statusCode(409);
        as("sonnptnt").header("If-Match", etag).delete(path).then().statusCode(409);
        as("namgiang").header("If-Match", etag).post(path + "/confirm").then().statusCode(409);
    }

    @Test
    void deletedSupportStaysInTheHistory() {
        long agreement = newActiveAgreement("Xóa hỗ trợ");
        long recordId = Fixtures.supportRecord(agreement);
        String path = "/api/v1/support-records/" + recordId;
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", path)).delete(path).then().statusCode(204);
        as("sonnptnt").get(path).then().statusCode(404);
        JsonPath history = as("sonnptnt").get(path + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("created", "deleted"), history.getList("action"));
        assertEquals(25_000_000, history.getInt("[1].before.valueVnd"));
        as("sotaichinh").get(path + "/history").then().statusCode(404);
    }

    @Test
    void actionPointsAreFollowedUpStepByStep() {
        long agreement = newActiveAgreement("Kiểm tra");
        Map<String, Object> body = new HashMap<>(Fixtures.visitBody(agreement));
        body.put("actionPoints", List.of(Map.of("description", "Hướng dẫn làm chuồng bò", "owner", "Trạm Khuyến nông huyện",
                "dueDate", "2017-08-31")));
        Response created = as("namgiang").body(body).post("/api/v1/monitoring-visits");
        created.then().statusCode(201).body("actionPoints[0].status", equalTo("open")).body("actionPoints[0].overdue", equalTo(true));
        long visitId = created.jsonPath().getLong("id");
        long pointId = created.jsonPath().getLong("actionPoints[0].id");
        String point = "/api/v1/monitoring-visits/" + visitId + "/action-points/" + pointId;

        as("bdt").get("/api/v1/action-points?overdue=true&agreementId=" + agreement).then().statusCode(200)
                .body("items.id", hasItem((int) pointId));
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", point)).post(point + "/start").then().statusCode(200)
                .body("status", equalTo("in_progress"));
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", point)).body(Map.of("completedOn", "2017-08-20"))
                .post(point + "/complete").then().statusCode(200)
                .body("status", equalTo("done")).body("completedOn", equalTo("2017-08-20")).body("overdue", equalTo(false));
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", point)).post(point + "/start").then().statusCode(409);
        as("bdt").get("/api/v1/action-points?overdue=true&agreementId=" + agreement).then().body("total", equalTo(0));
    }
}
