package vn.ketnghia.need;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.need.NeedApi.NEEDS;
import static vn.ketnghia.testsupport.Api.as;
import static vn.ketnghia.testsupport.Fixtures.NAM_GIANG;
import static vn.ketnghia.testsupport.Fixtures.SO_NN;
import static vn.ketnghia.testsupport.Fixtures.SO_TC;
import static vn.ketnghia.testsupport.Fixtures.TAY_GIANG;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Needs and pledges against hand-built cases: each test makes its own communes and agreements in
 * Nam Giang (namgiang) and Tây Giang (taygiang), with Sở NN&PTNT (sonnptnt) as partner.
 */
@QuarkusTest
class NeedWorkflowTest {

    @Inject
    AgroalDataSource dataSource;

    private long sql(String query, long... params) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                statement.setLong(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void record(long agreementId, String date, long value, Long planItemId) {
        Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreementId));
        body.put("supportDate", date);
        body.put("valueVnd", value);
        if (planItemId != null) {
            body.put("planItemId", planItemId);
        }
        as("bdt").body(body).post("/api/v1/support-records").then().statusCode(201);
    }

    private static JsonPath detail(long needId) {
        return as("bdt").get(NEEDS + "/" + needId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath plansOf(long agreementId) {
        return as("bdt").get("/api/v1/agreements/" + agreementId + "/plans").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aDistrictPostsEditsAndClosesTheNeedsOfItsOwnCommunes() throws SQLException {
        long commune = Fixtures.newCommune(NAM_GIANG, "Xã Nhu Cầu Một");
        long other = Fixtures.newCommune(NAM_GIANG, "Xã Nhu Cầu Hai");
        Map<String, Object> body = NeedApi.needBody(commune, "MA-CIVIL-WORKS", "Cầu treo thôn Pà Dồn", 800_000_000L, "high", 2019);
        JsonPath created = as("namgiang").body(body).post(NEEDS).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("need.status", equalTo("open"))
                .body("need.district.code", equalTo(NAM_GIANG))
                .body("need.category.area", equalTo("material"))
                .body("need.estimatedVnd", equalTo(800_000_000))
                .body("need.pledgedVnd", equalTo(0))
                .body("need.createdBy", equalTo("namgiang"))
                .body("pledges.size()", equalTo(0)).extract().jsonPath();
        long id = created.getLong("need.id");

        // Edit with If-Match: 428 without, 412 stale, * refused; then 200 and the ETag moves.
        body.put("communeId", other);
        body.put("estimatedVnd", 750_000_000L);
        as("namgiang").body(body).put(NEEDS + "/" + id).then().statusCode(428).contentType("application/problem+json");
        as("namgiang").header("If-Match", "\"7\"").body(body).put(NEEDS + "/" + id).then().statusCode(412);
        as("namgiang").header("If-Match", "*").body(body).put(NEEDS + "/" + id).then().statusCode(428);
        assertEquals(800_000_000L, detail(id).getLong("need.estimatedVnd"), "refused edits changed nothing");
        as("namgiang").header("If-Match", "\"0\"").body(body).put(NEEDS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("need.commune.id", equalTo((int) other)).body("need.estimatedVnd", equalTo(750_000_000));

        // Met, then no edits until reopened; reopen gives open again (no pledges).
        as("namgiang").header("If-Match", "\"1\"").body(Map.of("note", "Huyện đã đầu tư bằng vốn khác")).post(NEEDS + "/" + id + "/met")
                .then().statusCode(200).body("need.status", equalTo("met")).body("need.statusNote", equalTo("Huyện đã đầu tư bằng vốn khác"))
                .body("need.closedBy", equalTo("namgiang"));
        as("namgiang").header("If-Match", NeedApi.etag(id)).body(body).put(NEEDS + "/" + id).then().statusCode(409);
        as("namgiang").header("If-Match", NeedApi.etag(id)).post(NEEDS + "/" + id + "/reopen").then().statusCode(200)
                .body("need.status", equalTo("open")).body("need.closedAt", equalTo(null));
        // Cancel needs a reason.
        as("namgiang").header("If-Match", NeedApi.etag(id)).body(Map.of()).post(NEEDS + "/" + id + "/cancel").then().statusCode(400);
        as("namgiang").header("If-Match", NeedApi.etag(id)).body(Map.of("reason", "Xã đã được Chương trình 135 hỗ trợ"))
                .post(NEEDS + "/" + id + "/cancel").then().statusCode(200).body("need.status", equalTo("cancelled"));
        // The history holds every step.
        List<String> actions = as("namgiang").get(NEEDS + "/" + id + "/history").then().statusCode(200).extract().jsonPath()
                .getList("action");
        assertEquals(List.of("created", "updated", "met", "reopened", "cancelled"), actions);
        // A need nobody pledged to can be deleted.
        as("namgiang").header("If-Match", NeedApi.etag(id)).delete(NEEDS + "/" + id).then().statusCode(204);
        as("bdt").get(NEEDS + "/" + id).then().statusCode(404);
        assertEquals(0, sql("select count(*) from commune_need where id = ?", id));
    }

    @Test
    void aDistrictTouchesOnlyItsOwnDistrictsNeeds() throws SQLException {
        long namGiangCommune = Fixtures.newCommune(NAM_GIANG, "Xã Phạm Vi Nam Giang");
        long tayGiangCommune = Fixtures.newCommune(TAY_GIANG, "Xã Phạm Vi Tây Giang");
        long before = sql("select count(*) from commune_need");
        as("taygiang").body(NeedApi.needBody(namGiangCommune, "MA-HOUSING", "Nhà ở", 1L, "low", 2019)).post(NEEDS)
                .then().statusCode(403).contentType("application/problem+json").body("errors[0].pointer", equalTo("/communeId"));
        // Not a commune at all: the district itself.
        as("bdt").body(NeedApi.needBody(Fixtures.districtId(NAM_GIANG), "MA-HOUSING", "Nhà ở", 1L, "low", 2019)).post(NEEDS)
                .then().statusCode(400).body("errors[0].pointer", equalTo("/communeId"));
        assertEquals(before, sql("select count(*) from commune_need"));

        long ng = NeedApi.need("namgiang", namGiangCommune, "Bò giống");
        long tg = NeedApi.need("bdt", tayGiangCommune, "Lúa giống");
        String etag = NeedApi.etag(ng);
        as("taygiang").header("If-Match", etag).body(Map.of("reason", "thử")).post(NEEDS + "/" + ng + "/cancel").then().statusCode(403);
        as("taygiang").header("If-Match", etag).delete(NEEDS + "/" + ng).then().statusCode(403);
        as("namgiang").header("If-Match", NeedApi.etag(tg)).post(NEEDS + "/" + tg + "/met").then().statusCode(403);
        assertEquals("open", detail(ng).getString("need.status"));
        assertEquals(etag, NeedApi.etag(ng));
        // But both districts read both needs: partners and districts browse every commune's needs.
        as("taygiang").get(NEEDS + "/" + ng).then().statusCode(200);
        as("sotaichinh").get(NEEDS + "?communeId=" + namGiangCommune).then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aPledgeBecomesAnItemOfThePartnersAnnualProgrammeAndTheNeedIsPledged() {
        long commune = Fixtures.newCommune(NAM_GIANG, "Xã Cam Kết");
        long agreement = Fixtures.activeAgreement(SO_NN, commune);
        long need = NeedApi.need("namgiang", NeedApi.needBody(commune, "PD-SEEDS-LIVESTOCK", "Bò giống cho hộ nghèo", 300_000_000L,
                "high", 2019));
        assertEquals(0, plansOf(agreement).getList("$").size());

        JsonPath pledged = as("sonnptnt").body(NeedApi.pledgeBody(agreement, 120_000_000L, 2019)).post(NEEDS + "/" + need + "/pledges")
                .then().statusCode(201).extract().jsonPath();
        assertEquals("pledged", pledged.getString("need.status"));
        assertEquals(120_000_000L, pledged.getLong("need.pledgedVnd"));
        assertEquals(1, pledged.getInt("need.pledgeCount"));
        assertEquals(SO_NN, pledged.getString("pledges[0].organization.code"));
        assertEquals("draft", pledged.getString("pledges[0].planStatus"));
        long itemId = pledged.getLong("pledges[0].planItemId");

        // The annual programme of 2019 was created as a draft with exactly that item.
        JsonPath plans = plansOf(agreement);
        assertEquals(1, plans.getList("$").size());
        assertEquals("annual", plans.getString("[0].kind"));
        assertEquals(2019, plans.getInt("[0].year"));
        assertEquals("draft", plans.getString("[0].status"));
        assertEquals(pledged.getLong("pledges[0].planId"), plans.getLong("[0].id"));
        assertEquals(itemId, plans.getLong("[0].items[0].id"));
        assertEquals(Fixtures.categoryId("PD-SEEDS-LIVESTOCK"), plans.getLong("[0].items[0].category.id"));
        assertEquals(120_000_000L, plans.getLong("[0].items[0].plannedVnd"));
        assertTrue(plans.getString("[0].items[0].description").contains("Bò giống cho hộ nghèo"));

        // Removing the pledged item through the plans is refused: the pledge holds it.
        String itemPath = "/api/v1/agreements/" + agreement + "/plans/" + plans.getLong("[0].id") + "/items/" + itemId;
        as("sonnptnt").header("If-Match", "\"" + plans.getInt("[0].items[0].version") + "\"").delete(itemPath)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1, plansOf(agreement).getList("[0].items").size());

        // The receiving district was told.
        as("namgiang").get("/api/v1/notifications?size=100").then().statusCode(200)
                .body("items.link", hasItem("/needs/" + need))
                .body("items.kind", hasItem("need_pledged"));
        // The same partner cannot pledge twice to one need.
        as("sonnptnt").body(NeedApi.pledgeBody(agreement, 1L, 2019)).post(NEEDS + "/" + need + "/pledges").then().statusCode(409);
        // The list shows the pledged amount and filters by partner.
        as("lanhdao").get(NEEDS + "?communeId=" + commune + "&organizationId=" + Fixtures.organizationId(SO_NN)).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].pledgedVnd", equalTo(120_000_000)).body("items[0].status", equalTo("pledged"));
    }

    @Test
    void aPledgeToAnAgreedProgrammeReturnsItToDraftForTheDistrictToAgreeAgain() {
        long commune = Fixtures.newCommune(NAM_GIANG, "Xã Đã Thống Nhất");
        long agreement = Fixtures.activeAgreement(SO_NN, commune);
        long plan = Fixtures.planWithItem(agreement); // annual 2017, one item
        String planPath = "/api/v1/agreements/" + agreement + "/plans/" + plan;
        as("namgiang").header("If-Match", Api.etagOf("namgiang", planPath)).body(Map.of("note", "Thống nhất"))
                .post(planPath + "/agree").then().statusCode(200).body("status", equalTo("agreed"));
        long need = NeedApi.need("namgiang", NeedApi.needBody(commune, "MA-EQUIPMENT", "Bàn ghế cho điểm trường", 40_000_000L, "medium", 2017));

        NeedApi.pledge("sonnptnt", need, agreement, 40_000_000L, 2017);

        as("bdt").get(planPath).then().statusCode(200).body("status", equalTo("draft")).body("items.size()", equalTo(2))
                .body("items[1].plannedVnd", equalTo(40_000_000))
                .body("items[1].category.id", equalTo((int) Fixtures.categoryId("MA-EQUIPMENT")));
        List<String> planHistory = as("bdt").get(planPath + "/history").then().statusCode(200).extract().jsonPath().getList("action");
        assertTrue(planHistory.contains("returned-to-draft"), planHistory.toString());
        assertEquals("draft", detail(need).getString("pledges[0].planStatus"));
    }

    @Test
    void onlyAnActiveAgreementWithThatCommuneCarriesAPledge() throws SQLException {
        long commune = Fixtures.newCommune(NAM_GIANG, "Xã Có Kết Nghĩa");
        long stranger = Fixtures.newCommune(NAM_GIANG, "Xã Chưa Kết Nghĩa");
        long agreement = Fixtures.activeAgreement(SO_NN, commune);
        long proposed = Fixtures.proposedAgreement(SO_NN, stranger);
        long tcAgreement = Fixtures.activeAgreement(SO_TC, stranger);
        long need = NeedApi.need("namgiang", stranger, "Giống lúa");
        long pledgesBefore = sql("select count(*) from need_pledge");
        long itemsBefore = sql("select count(*) from plan_item");

        // Sở NN&PTNT helps another commune: not twinned with this one.
        as("sonnptnt").body(NeedApi.pledgeBody(agreement, 10_000_000L, 2019)).post(NEEDS + "/" + need + "/pledges")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Đơn vị chưa kết nghĩa với xã này — hãy đăng ký tham gia"));
        // Its agreement with this commune is only proposed.
        as("sonnptnt").body(NeedApi.pledgeBody(proposed, 10_000_000L, 2019)).post(NEEDS + "/" + need + "/pledges")
                .then().statusCode(409).body("type", equalTo("urn:ketnghia:problem:invalid-state"));
        // Another partner's agreement is not the unit's to use: as absent as a missing one.
        as("sonnptnt").body(NeedApi.pledgeBody(tcAgreement, 10_000_000L, 2019)).post(NEEDS + "/" + need + "/pledges")
                .then().statusCode(404);
        // A year outside the agreement's period.
        as("sotaichinh").body(NeedApi.pledgeBody(tcAgreement, 10_000_000L, 2023)).post(NEEDS + "/" + need + "/pledges")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/year"));
        assertEquals(pledgesBefore, sql("select count(*) from need_pledge"));
        assertEquals(itemsBefore, sql("select count(*) from plan_item"));
        assertEquals("open", detail(need).getString("need.status"));

        // Sở Tài chính is twinned with it: its pledge goes through, and the province may pledge on behalf of a partner.
        NeedApi.pledge("sotaichinh", need, tcAgreement, 10_000_000L, 2019);
        long other = NeedApi.need("bdt", stranger, "Nhà văn hóa thôn");
        JsonPath onBehalf = as("bdt").body(NeedApi.pledgeBody(tcAgreement, 5_000_000L, 2020)).post(NEEDS + "/" + other + "/pledges")
                .then().statusCode(201).extract().jsonPath();
        assertEquals(SO_TC, onBehalf.getString("pledges[0].organization.code"));
        assertEquals("bdt", onBehalf.getString("pledges[0].createdBy"));
    }

    @Test
    void aDistrictTwinningCarriesPledgesForEveryCommuneOfTheDistrict() {
        long district = Fixtures.newDistrict("Huyện Thử Kết Nghĩa");
        String districtCode = as("admin").get("/api/v1/admin-units/" + district).then().statusCode(200).extract().jsonPath()
                .getString("code");
        long commune = Fixtures.newCommune(districtCode, "Xã Trong Huyện Kết Nghĩa");
        // A partner helping the whole district (in the programme, a lowland district twinned with a mountainous one).
        long partner = Fixtures.newOrganization("Đơn vị thử kết nghĩa cấp huyện", "department");
        Map<String, Object> body = new HashMap<>(Fixtures.agreementBody(SO_NN, district));
        body.put("organizationId", partner);
        long agreement = Api.id(as("bdt").body(body).post("/api/v1/agreements").then().statusCode(201).extract());
        as("bdt").header("If-Match", Api.etagOf("bdt", "/api/v1/agreements/" + agreement)).post("/api/v1/agreements/" + agreement + "/activate")
                .then().statusCode(200);
        long need = NeedApi.need("bdt", commune, "Kênh mương nội đồng");
        NeedApi.pledge("bdt", need, agreement, 200_000_000L, 2018);
        assertEquals("pledged", detail(need).getString("need.status"));
        assertEquals(district, detail(need).getLong("pledges[0].recipient.id"));
    }

    @Test
    void deliveredIsTheSqlSumOfTheSupportRecordsLinkedToThePledgesItems() throws SQLException {
        long commune = Fixtures.newCommune(NAM_GIANG, "Xã Đã Nhận");
        long nnAgreement = Fixtures.activeAgreement(SO_NN, commune);
        long tcAgreement = Fixtures.activeAgreement(SO_TC, commune);
        long need = NeedApi.need("namgiang", NeedApi.needBody(commune, "PD-SEEDS-LIVESTOCK", "Bò giống", 500_000_000L, "high", 2019));
        long nnPledge = NeedApi.pledge("sonnptnt", need, nnAgreement, 200_000_000L, 2019);
        long tcPledge = NeedApi.pledge("sotaichinh", need, tcAgreement, 100_000_000L, 2019);
        JsonPath pledged = detail(need);
        long nnItem = pledged.getLong("pledges.find { it.id == " + nnPledge + " }.planItemId");
        long tcItem = pledged.getLong("pledges.find { it.id == " + tcPledge + " }.planItemId");

        record(nnAgreement, "2019-03-10", 70_000_000L, nnItem);
        record(nnAgreement, "2019-09-01", 55_500_000L, nnItem);
        record(tcAgreement, "2019-05-05", 30_000_000L, tcItem);
        record(nnAgreement, "2019-06-01", 9_000_000L, null); // not linked: not delivered against the need

        JsonPath after = detail(need);
        long sqlSum = sql("select coalesce(sum(s.value_vnd), 0) from support_record s join need_pledge p on p.plan_item_id = s.plan_item_id"
                + " where p.need_id = ? and p.status = 'active'", need);
        assertEquals(155_500_000L, sqlSum, "the hand-computed sum");
        assertEquals(sqlSum, after.getLong("need.deliveredVnd"));
        assertEquals(300_000_000L, after.getLong("need.pledgedVnd"));
        assertEquals(500_000_000L, after.getLong("need.estimatedVnd"));
        assertEquals(3, after.getList("deliveries").size());
        assertEquals(125_500_000L, after.getLong("pledges.find { it.id == " + nnPledge + " }.deliveredVnd"));
        assertEquals(2, after.getInt("pledges.find { it.id == " + nnPledge + " }.deliveredCount"));
        assertEquals(30_000_000L, after.getLong("pledges.find { it.id == " + tcPledge + " }.deliveredVnd"));
        as("sotaichinh").get(NEEDS + "?communeId=" + commune).then().statusCode(200)
                .body("items[0].deliveredVnd", equalTo(155_500_000));

        // Support delivered against a pledge: it can no longer be withdrawn, nor the need cancelled or deleted.
        as("sonnptnt").header("If-Match", NeedApi.pledgeEtag(need, nnPledge)).post(NEEDS + "/" + need + "/pledges/" + nnPledge + "/withdraw")
                .then().statusCode(409);
        as("namgiang").header("If-Match", NeedApi.etag(need)).body(Map.of("reason", "thử")).post(NEEDS + "/" + need + "/cancel")
                .then().statusCode(409);
        as("namgiang").header("If-Match", NeedApi.etag(need)).delete(NEEDS + "/" + need).then().statusCode(409);
        // Met keeps the pledges; reopening derives pledged again.
        as("namgiang").header("If-Match", NeedApi.etag(need)).post(NEEDS + "/" + need + "/met").then().statusCode(200)
                .body("need.status", equalTo("met"));
        as("sonnptnt").body(NeedApi.pledgeBody(nnAgreement, 1L, 2019)).post(NEEDS + "/" + need + "/pledges").then().statusCode(409);
        as("namgiang").header("If-Match", NeedApi.etag(need)).post(NEEDS + "/" + need + "/reopen").then().statusCode(200)
                .body("need.status", equalTo("pledged"));
    }

    @Test
    void withdrawingRemovesThePlanItemAndTheNeedIsOpenAgain() throws SQLException {
        long commune = Fixtures.newCommune(NAM_GIANG, "Xã Rút Cam Kết");
        long agreement = Fixtures.activeAgreement(SO_NN, commune);
        long need = NeedApi.need("namgiang", commune, "Máy bơm nước");
        long pledge = NeedApi.pledge("sonnptnt", need, agreement, 50_000_000L, 2019);
        long item = detail(need).getLong("pledges[0].planItemId");
        String path = NEEDS + "/" + need + "/pledges/" + pledge + "/withdraw";

        as("sonnptnt").post(path).then().statusCode(428);
        as("sonnptnt").header("If-Match", "\"99\"").post(path).then().statusCode(412);
        as("sotaichinh").header("If-Match", NeedApi.pledgeEtag(need, pledge)).post(path).then().statusCode(403);
        assertEquals(1, sql("select count(*) from plan_item where id = ?", item));

        as("sonnptnt").header("If-Match", NeedApi.pledgeEtag(need, pledge)).body(Map.of("reason", "Không đủ kinh phí"))
                .post(path).then().statusCode(200)
                .body("need.status", equalTo("open")).body("need.pledgedVnd", equalTo(0))
                .body("pledges[0].status", equalTo("withdrawn")).body("pledges[0].withdrawalReason", equalTo("Không đủ kinh phí"))
                .body("pledges[0].withdrawnBy", equalTo("sonnptnt"));
        assertEquals(0, sql("select count(*) from plan_item where id = ?", item));
        assertNull(detail(need).get("pledges[0].planItemId"));
        assertEquals(0, plansOf(agreement).getList("[0].items").size());
        as("sonnptnt").header("If-Match", NeedApi.pledgeEtag(need, pledge)).post(path).then().statusCode(409);
        // A need with only withdrawn pledges stays in the record: it cannot be deleted, but it can be cancelled.
        as("namgiang").header("If-Match", NeedApi.etag(need)).delete(NEEDS + "/" + need).then().statusCode(409);
        as("namgiang").header("If-Match", NeedApi.etag(need)).body(Map.of("reason", "Không còn cần")).post(NEEDS + "/" + need + "/cancel")
                .then().statusCode(200).body("need.status", equalTo("cancelled"));
    }

    @Test
    void theListFiltersSortsAndSearchesWithoutDiacritics() {
        long commune = Fixtures.newCommune(TAY_GIANG, "Xã Tìm Kiếm Nhu Cầu");
        long a = NeedApi.need("taygiang", NeedApi.needBody(commune, "SP-HEALTHCARE", "Khám chữa bệnh định kỳ cho đồng bào", 20_000_000L,
                "low", 2018));
        long b = NeedApi.need("taygiang", NeedApi.needBody(commune, "PD-WET-RICE", "Khai hoang ruộng lúa nước thôn Ariêu", 400_000_000L,
                "high", 2020));
        long c = NeedApi.need("taygiang", NeedApi.needBody(commune, "PD-STUDY-TOURS", "Tham quan mô hình trồng sâm", 60_000_000L,
                "medium", 2020));
        String base = NEEDS + "?communeId=" + commune;
        as("bdt").get(base).then().statusCode(200).body("total", equalTo(3)).body("items.id", equalTo(List.of((int) b, (int) c, (int) a)));
        as("bdt").get(base + "&q=khai hoang lua nuoc").then().statusCode(200).body("items.id", equalTo(List.of((int) b)));
        as("bdt").get(NEEDS + "?q=tim kiem nhu cau&area=production").then().statusCode(200).body("total", equalTo(2));
        as("bdt").get(base + "&priority=medium").then().body("items.id", equalTo(List.of((int) c)));
        as("bdt").get(base + "&year=2018").then().body("items.id", equalTo(List.of((int) a)));
        as("bdt").get(base + "&status=open&categoryId=" + Fixtures.categoryId("PD-WET-RICE")).then().body("items.id", equalTo(List.of((int) b)));
        as("bdt").get(base + "&districtId=" + Fixtures.districtId(NAM_GIANG)).then().body("total", equalTo(0));
        as("bdt").get(base + "&sort=-estimatedVnd").then().body("items.id", equalTo(List.of((int) b, (int) c, (int) a)));
        as("bdt").get(base + "&sort=targetYear,title&size=1&page=1").then().body("items.id", equalTo(List.of((int) b))).body("total", equalTo(3));
        as("bdt").get(base + "&status=urgent").then().statusCode(400).contentType("application/problem+json");
        as("bdt").get(base + "&sort=secret").then().statusCode(400).contentType("application/problem+json");
        as("bdt").get(base + "&year=abc").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws SQLException {
        long commune = Fixtures.newCommune(NAM_GIANG, "Xã Dữ Liệu Sai");
        long agreement = Fixtures.activeAgreement(SO_NN, commune);
        long need = NeedApi.need("namgiang", commune, "Bể nước");
        long needs = sql("select count(*) from commune_need");
        Map<String, Object> body = NeedApi.needBody(commune, "MA-CIVIL-WORKS", "Đường bê tông", 1L, "high", 2019);

        Map<String, Object> unknown = new HashMap<>(body);
        unknown.put("status", "met");
        as("namgiang").body(unknown).post(NEEDS).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> negative = new HashMap<>(body);
        negative.put("estimatedVnd", -5);
        as("namgiang").body(negative).post(NEEDS).then().statusCode(400).body("errors[0].pointer", equalTo("/estimatedVnd"));
        Map<String, Object> priority = new HashMap<>(body);
        priority.put("priority", "urgent");
        as("namgiang").body(priority).post(NEEDS).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> category = new HashMap<>(body);
        category.put("categoryId", 99_999_999L);
        as("namgiang").body(category).post(NEEDS).then().statusCode(400).body("errors[0].pointer", equalTo("/categoryId"));
        as("namgiang").body("{\"title\":").post(NEEDS).then().statusCode(400).contentType("application/problem+json");
        as("namgiang").body(Map.of()).post(NEEDS).then().statusCode(400).contentType("application/problem+json");
        assertEquals(needs, sql("select count(*) from commune_need"));

        long pledges = sql("select count(*) from need_pledge");
        as("sonnptnt").body(Map.of("agreementId", agreement, "pledgedVnd", 0, "year", 2019)).post(NEEDS + "/" + need + "/pledges")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/pledgedVnd"));
        as("sonnptnt").body(Map.of("agreementId", agreement, "pledgedVnd", 5, "year", 2019, "planItemId", 1))
                .post(NEEDS + "/" + need + "/pledges").then().statusCode(400);
        as("sonnptnt").body(NeedApi.pledgeBody(agreement, 5, 2019)).post(NEEDS + "/999999999/pledges").then().statusCode(404)
                .contentType("application/problem+json");
        as("sonnptnt").body(NeedApi.pledgeBody(agreement, 5, 2019)).post(NEEDS + "/abc/pledges").then().statusCode(404);
        assertEquals(pledges, sql("select count(*) from need_pledge"));
        as("bdt").get(NEEDS + "/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDemoShowsNeedsOfUncoveredCommunesAndSoNnPtntsPledgesWithWhatWasDelivered() throws SQLException {
        assertTrue(sql("select count(*) from commune_need n where n.created_by = 'demo-data' and not exists"
                + " (select 1 from agreement a where a.recipient_id = n.commune_id and a.status = 'active')") > 0, "needs of uncovered communes");
        // Every demo pledge is an item of its agreement's annual programme of its year, for the pledged amount.
        assertTrue(sql("select count(*) from need_pledge where created_by = 'demo-data'") > 0);
        assertEquals(0, sql("select count(*) from need_pledge p join plan_item i on i.id = p.plan_item_id join plan pl on pl.id = i.plan_id"
                + " where p.created_by = 'demo-data' and (pl.agreement_id <> p.agreement_id or pl.kind <> 'annual' or pl.year <> p.year"
                + " or i.planned_vnd <> p.pledged_vnd)"));
        long delivered = sql("select p.need_id from need_pledge p join support_record s on s.plan_item_id = p.plan_item_id"
                + " where p.created_by = 'demo-data' limit 1");
        JsonPath need = detail(delivered);
        assertEquals("pledged", need.getString("need.status"));
        assertEquals(sql("select sum(s.value_vnd) from support_record s join need_pledge p on p.plan_item_id = s.plan_item_id"
                + " where p.need_id = ?", delivered), need.getLong("need.deliveredVnd"));
        assertEquals(SO_NN, need.getString("pledges[0].organization.code"));
        as("sonnptnt").get(NEEDS + "?organizationId=" + Fixtures.organizationId(SO_NN) + "&size=100").then().statusCode(200)
                .body("items.id", hasItem((int) delivered));
    }
}
