package vn.ketnghia.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.ketnghia.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Fixtures;

/** If-Match on every change, and the append-only history of who changed what. */
@QuarkusTest
class ConcurrencyAndHistoryTest {

    @Inject
    AgroalDataSource dataSource;

    private static Map<String, Object> withNotes(long communeId, String documentNumber, String notes) {
        Map<String, Object> body = new HashMap<>(Fixtures.agreementBody(Fixtures.SO_NN, communeId));
        body.put("documentNumber", documentNumber);
        body.put("notes", notes);
        return body;
    }

    @Test
    void updatesNeedTheCurrentETag() {
        long commune = Fixtures.newCommune(Fixtures.NAM_GIANG, "Đồng thời");
        long id = Fixtures.proposedAgreement(Fixtures.SO_NN, commune);
        String path = "/api/v1/agreements/" + id;
        JsonPath read = as("sonnptnt").get(path).then().statusCode(200).header("ETag", equalTo("\"0\"")).extract().jsonPath();
        String doc = read.getString("documentNumber");

        as("sonnptnt").body(withNotes(commune, doc, "không If-Match")).put(path).then().statusCode(428)
                .contentType("application/problem+json").body("type", equalTo("urn:ketnghia:problem:precondition-required"));
        as("sonnptnt").header("If-Match", "*").body(withNotes(commune, doc, "sao")).put(path).then().statusCode(428);

        as("sonnptnt").header("If-Match", "\"0\"").body(withNotes(commune, doc, "lần một")).put(path)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("notes", equalTo("lần một"));
        // The province read version 0 before the unit's change: its write must not silently win.
        as("bdt").header("If-Match", "\"0\"").body(withNotes(commune, doc, "lần hai, cũ")).put(path).then().statusCode(412)
                .contentType("application/problem+json").body("type", equalTo("urn:ketnghia:problem:precondition-failed"));
        as("bdt").get(path).then().body("notes", equalTo("lần một")).body("version", equalTo(1));

        as("bdt").header("If-Match", "W/\"1\"").body(withNotes(commune, doc, "lần hai")).put(path).then().statusCode(200);
    }

    @Test
    void stepsNeedTheCurrentETagToo() {
        long id = Fixtures.proposedAgreement(Fixtures.SO_NN, Fixtures.newCommune(Fixtures.NAM_GIANG, "Bước"));
        String path = "/api/v1/agreements/" + id;
        as("bdt").post(path + "/activate").then().statusCode(428);
        as("bdt").header("If-Match", "\"7\"").post(path + "/activate").then().statusCode(412);
        as("bdt").get(path).then().body("status", equalTo("proposed"));
        as("bdt").header("If-Match", "\"0\"").post(path + "/activate").then().statusCode(200).body("status", equalTo("active"));
        as("bdt").header("If-Match", "\"1\"").post(path + "/activate").then().statusCode(409)
                .body("type", equalTo("urn:ketnghia:problem:invalid-state"));
    }

    @Test
    void oneActiveAgreementPerPartnerCommuneAndPeriod() {
        long commune = Fixtures.newCommune(Fixtures.NAM_GIANG, "Một thỏa thuận");
        Fixtures.activeAgreement(Fixtures.SO_NN, commune);
        long second = Fixtures.proposedAgreement(Fixtures.SO_NN, commune);
        as("bdt").header("If-Match", "\"0\"").post("/api/v1/agreements/" + second + "/activate").then().statusCode(409)
                .body("type", equalTo("urn:ketnghia:problem:conflict"));
    }

    @Test
    void historyKeepsWhoWhenAndWhatChanged() {
        long commune = Fixtures.newCommune(Fixtures.NAM_GIANG, "Lịch sử");
        long id = Fixtures.proposedAgreement(Fixtures.SO_NN, commune);
        String path = "/api/v1/agreements/" + id;
        String doc = as("bdt").get(path).then().extract().jsonPath().getString("documentNumber");
        as("sonnptnt").header("If-Match", "\"0\"").body(withNotes(commune, doc, "Ghi chú mới")).put(path).then().statusCode(200);
        as("bdt").header("If-Match", "\"1\"").body(Map.of("note", "Đã ký")).post(path + "/activate").then().statusCode(200);

        JsonPath history = as("sonnptnt").get(path + "/history").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("created", "updated", "activated"), history.getList("action"));
        assertEquals(List.of("bdt", "sonnptnt", "bdt"), history.getList("changedBy"));
        assertEquals("Phạm Minh Tuấn", history.getString("[1].changedByName"), "Vietnamese order: family name first");
        assertEquals("Đã ký", history.getString("[2].note"));
        List<Map<String, Object>> changes = history.getList("[1].changes");
        assertEquals(List.of("notes"), changes.stream().map(c -> c.get("field")).toList());
        assertEquals("Ghi chú mới", changes.get(0).get("after"));
        as("bdt").get(path + "/history").then().body("[2].changes.field", hasItem("status"))
                .body("[2].before.status", equalTo("proposed")).body("[2].after.status", equalTo("active"));
    }

    @Test
    void theDatabaseRefusesToRewriteHistory() throws SQLException {
        Fixtures.proposedAgreement(Fixtures.SO_NN, Fixtures.newCommune(Fixtures.NAM_GIANG, "Chỉ thêm"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("update change_log set changed_by = 'x'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from change_log"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate change_log"));
        }
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        long commune = Fixtures.newCommune(Fixtures.NAM_GIANG, "A Vao");
        Fixtures.proposedAgreement(Fixtures.SO_NN, commune);
        for (String query : List.of("xa a vao", "Xã A Vao", "a vao", "XA A VAO")) {
            as("bdt").get("/api/v1/admin-units?level=commune&q=" + query).then().statusCode(200)
                    .body("items.id", hasItem((int) commune));
            as("bdt").get("/api/v1/agreements?q=" + query).then().statusCode(200)
                    .body("items.recipient.id", hasItem((int) commune));
        }
        as("bdt").get("/api/v1/admin-units?level=district&q=nam giang").then().statusCode(200)
                .body("items.code", hasItem("510"));
        as("bdt").get("/api/v1/organizations?q=so nong nghiep").then().statusCode(200)
                .body("items.code", hasItem("SNNPTNT"));
    }
}
