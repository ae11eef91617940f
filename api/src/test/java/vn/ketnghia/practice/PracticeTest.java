package vn.ketnghia.practice;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.practice.PracticeFixtures.PATH;
import static vn.ketnghia.practice.PracticeFixtures.body;
import static vn.ketnghia.testsupport.Api.as;
import static vn.ketnghia.testsupport.Fixtures.NAM_GIANG;
import static vn.ketnghia.testsupport.Fixtures.SO_NN;
import static vn.ketnghia.testsupport.Fixtures.SO_TC;
import static vn.ketnghia.testsupport.Fixtures.TAY_GIANG;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ketnghia.common.history.History;
import vn.ketnghia.common.history.HistoryEntry;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Good practices: writing, the publish workflow, who sees drafts, search without diacritics and by
 * tag, and the refusals for bad input. Every practice here carries a word of its own test, so lists
 * are filtered to the test's own rows and the demo practices never change an expectation.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeTest {

    @Inject
    History history;

    private boolean built;
    /** Sở NN&PTNT's agreement with a new commune of Nam Giang; Sở Tài chính's with one of Tây Giang. */
    private long soNnAgreement;
    private long soTcAgreement;
    private long namGiangCommune;
    private long soNn;
    private long soTc;

    @BeforeEach
    void buildTheWorld() {
        if (built) {
            return;
        }
        built = true;
        namGiangCommune = Fixtures.newCommune(NAM_GIANG, "Xã Mô Hình Nam Giang");
        long tayGiangCommune = Fixtures.newCommune(TAY_GIANG, "Xã Mô Hình Tây Giang");
        soNnAgreement = Fixtures.activeAgreement(SO_NN, namGiangCommune);
        soTcAgreement = Fixtures.activeAgreement(SO_TC, tayGiangCommune);
        soNn = Fixtures.organizationId(SO_NN);
        soTc = Fixtures.organizationId(SO_TC);
    }

    private static String item(long id) {
        return PATH + "/" + id;
    }

    private List<Integer> ids(String user, String query) {
        return as(user).get(PATH + "?size=100&" + query).then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    @Test
    void aUnitWritesEditsPublishesUnpublishesAndDeletesItsPractice() {
        String token = PracticeFixtures.token();
        var created = as("sonnptnt").body(body("Mô hình nuôi bò sinh sản " + token, soNnAgreement,
                        List.of(" Chăn  Nuôi ", "#bò giống", "chăn nuôi")))
                .post(PATH).then().statusCode(201)
                .header("Location", containsString(PATH + "/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("draft"))
                .body("publishedAt", nullValue())
                .body("organization.code", equalTo(SO_NN))
                .body("agreement.id", equalTo((int) soNnAgreement))
                .body("commune.id", equalTo((int) namGiangCommune))
                .body("district.code", equalTo(NAM_GIANG))
                .body("tags", equalTo(List.of("bò giống", "chăn nuôi")))
                .body("area", equalTo("production"))
                .body("editable", equalTo(true))
                .body("files", empty())
                .body("coverFileId", nullValue())
                .extract();
        long id = Api.id(created);

        // A draft is seen by those who may edit it, and by nobody else.
        as("bdt").get(item(id)).then().statusCode(200).body("editable", equalTo(true));
        as("namgiang").get(item(id)).then().statusCode(200).body("editable", equalTo(true));
        for (String outsider : List.of("sotaichinh", "taygiang", "lanhdao", "admin")) {
            as(outsider).get(item(id)).then().statusCode(404).contentType("application/problem+json");
            assertEquals(List.of(), ids(outsider, "q=" + token), outsider + " lists no draft of others");
        }

        String etag = created.header("ETag");
        Map<String, Object> change = new HashMap<>(body("Mô hình nuôi bò sinh sản luân chuyển " + token, soNnAgreement, List.of("bò giống")));
        change.remove("organizationId");
        as("sonnptnt").body(change).put(item(id)).then().statusCode(428).contentType("application/problem+json");
        as("sonnptnt").header("If-Match", "\"999\"").body(change).put(item(id)).then().statusCode(412);
        as("sonnptnt").header("If-Match", "*").body(change).put(item(id)).then().statusCode(428);
        String updated = as("sonnptnt").header("If-Match", etag).body(change).put(item(id)).then().statusCode(200)
                .body("title", equalTo("Mô hình nuôi bò sinh sản luân chuyển " + token))
                .body("tags", equalTo(List.of("bò giống")))
                .extract().header("ETag");
        assertNotEquals(etag, updated);

        as("sonnptnt").post(item(id) + "/publish").then().statusCode(428);
        String published = as("sonnptnt").header("If-Match", updated).post(item(id) + "/publish").then().statusCode(200)
                .body("status", equalTo("published")).body("publishedAt", notNullValue())
                .extract().header("ETag");
        as("sonnptnt").header("If-Match", published).post(item(id) + "/publish").then().statusCode(409)
                .body("type", equalTo("urn:ketnghia:problem:invalid-state"));

        // Published: everyone signed in reads it, whatever their scope; only editors may change it.
        for (String reader : List.of("sotaichinh", "taygiang", "lanhdao", "admin", "service-account-ketnghia-integration-namgiang")) {
            as(reader).get(item(id)).then().statusCode(200).body("title", containsString(token)).body("editable", equalTo(false));
            assertEquals(List.of((int) id), ids(reader, "q=" + token), reader + " lists the published practice");
        }
        as("sonnptnt").header("If-Match", published).delete(item(id)).then().statusCode(409);

        String unpublished = as("bdt").header("If-Match", published).post(item(id) + "/unpublish").then().statusCode(200)
                .body("status", equalTo("draft")).body("publishedAt", nullValue()).extract().header("ETag");
        as("sotaichinh").get(item(id)).then().statusCode(404);
        as("sonnptnt").header("If-Match", unpublished).post(item(id) + "/unpublish").then().statusCode(409);

        as("sonnptnt").get(item(id) + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("created", "updated", "published", "unpublished")))
                .body("[1].changes.field", hasItem("title"));
        as("sotaichinh").get(item(id) + "/history").then().statusCode(404);
        as("sonnptnt").delete(item(id)).then().statusCode(428);
        as("sonnptnt").header("If-Match", unpublished).delete(item(id)).then().statusCode(204);
        as("bdt").get(item(id)).then().statusCode(404);

        List<HistoryEntry> entries = QuarkusTransaction.requiringNew().call(() -> history.of(PracticeService.ENTITY, id));
        assertEquals(List.of("created", "updated", "published", "unpublished", "deleted"),
                entries.stream().map(HistoryEntry::action).toList());
        assertEquals("sonnptnt", entries.getFirst().changedBy());
        assertEquals("bdt", entries.get(3).changedBy());
    }

    @Test
    void theProvinceAndTheDistrictWriteForAUnit() {
        String token = PracticeFixtures.token();
        Map<String, Object> byProvince = new HashMap<>(body("Ban Dân tộc ghi mô hình " + token, null, List.of()));
        byProvince.put("organizationId", soTc);
        as("bdt").body(byProvince).post(PATH).then().statusCode(201)
                .body("organization.code", equalTo(SO_TC)).body("agreement", nullValue()).body("commune", nullValue());

        // The district names an agreement of its district; the agreement's partner is the author.
        long byDistrict = PracticeFixtures.draft("namgiang", body("Huyện ghi mô hình " + token, soNnAgreement, List.of()));
        as("sonnptnt").get(item(byDistrict)).then().statusCode(200).body("organization.code", equalTo(SO_NN)).body("editable", equalTo(true));
        as("namgiang").body(body("Huyện không nêu thỏa thuận " + token, null, List.of())).post(PATH).then().statusCode(400)
                .body("errors.pointer", hasItem("/agreementId"));
        as("taygiang").body(body("Huyện khác " + token, soNnAgreement, List.of())).post(PATH).then().statusCode(404);
        PracticeFixtures.publish("namgiang", byDistrict);
        as("taygiang").get(item(byDistrict)).then().statusCode(200).body("editable", equalTo(false));
    }

    @Test
    void searchIgnoresDiacriticsAndFiltersByTagPlaceAndStatus() {
        String token = PracticeFixtures.token();
        String own = token + "riêng";
        long cinnamon = PracticeFixtures.published("sonnptnt", body("Trồng quế Trà My " + token, soNnAgreement, List.of("Quế", own)));
        long cattle = PracticeFixtures.published("sonnptnt", body("Nuôi bò sinh sản " + token, null, List.of("chăn nuôi", "bò giống")));
        long goatsDraft = PracticeFixtures.draft("sotaichinh", body("Nuôi dê nhốt chuồng " + token, soTcAgreement,
                List.of("chăn nuôi", token + "nháp")));

        assertEquals(List.of((int) cinnamon), ids("sonnptnt", "q=que tra my " + token));
        assertEquals(List.of((int) cinnamon), ids("lanhdao", "q=TRONG QUE " + token));
        // Tags are searched too, folded.
        assertEquals(List.of((int) cattle), ids("sonnptnt", "q=chan nuoi " + token));
        as("bdt").get(PATH + "?size=100&q=chan nuoi " + token).then().statusCode(200)
                .body("items.id", containsInAnyOrder((int) cattle, (int) goatsDraft)).body("total", equalTo(2));
        // The tag filter compares normalised tags; several tags must all match.
        assertEquals(List.of((int) cattle), ids("sonnptnt", "q=" + token + "&tag= Chăn  Nuôi"));
        assertEquals(List.of((int) cattle), ids("sotaichinh", "q=" + token + "&tag=chăn nuôi&tag=Bò Giống"));
        assertEquals(List.of((int) goatsDraft), ids("sotaichinh", "q=" + token + "&status=draft"));
        assertEquals(List.of(), ids("lanhdao", "q=" + token + "&status=draft"));
        assertEquals(List.of((int) cinnamon), ids("taygiang", "q=" + token + "&communeId=" + namGiangCommune));
        assertEquals(List.of((int) cinnamon), ids("taygiang", "q=" + token + "&districtId=" + Fixtures.districtId(NAM_GIANG)));
        assertEquals(List.of((int) goatsDraft), ids("bdt", "q=" + token + "&organizationId=" + soTc));
        assertEquals(List.of(), ids("bdt", "q=" + token + "&year=2019"));
        assertEquals(List.of((int) cattle, (int) cinnamon), ids("bdt", "q=" + token + "&area=production&status=published&sort=title"));

        // The tag cloud counts published practices only.
        List<Map<String, Object>> cloud = as("namgiang").get(PATH + "/tags").then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(1, cloud.stream().filter(t -> own.equals(t.get("tag"))).mapToInt(t -> (Integer) t.get("count")).sum());
        assertEquals(0, cloud.stream().filter(t -> (token + "nháp").equals(t.get("tag"))).count());
        as("sonnptnt").get(PATH + "?q=" + token).then().body("items.tags.flatten()", not(hasItem(token + "nháp")));
    }

    @Test
    void theDemoHasPublishedPracticesWithDrawnCovers() throws Exception {
        var rows = as("taygiang").get(PATH + "?q=bo sinh san luan chuyen ca dy").then().statusCode(200)
                .body("items[0].organization.code", equalTo(SO_NN))
                .body("items[0].commune.name", equalTo("Cà Dy"))
                .body("items[0].status", equalTo("published"))
                .body("items[0].tags", hasItem("bò giống"))
                .extract().jsonPath();
        long id = rows.getLong("items[0].id");
        long cover = rows.getLong("items[0].coverFileId");
        byte[] jpeg = io.restassured.RestAssured.given().auth().oauth2(vn.ketnghia.testsupport.Tokens.accessToken("taygiang"))
                .accept("*/*").get(PATH + "/" + id + "/files/" + cover).then().statusCode(200).contentType("image/jpeg")
                .extract().asByteArray();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        assertEquals(480, image.getWidth(), "a real picture, drawn by the demo loader");
        List<String> tags = as("lanhdao").get(PATH + "/tags").then().statusCode(200).extract().jsonPath().getList("tag");
        assertTrue(tags.contains("thổ cẩm"), "the demo's tags are in the tag cloud: " + tags);
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        String token = PracticeFixtures.token();
        Map<String, Object> unknown = new HashMap<>(body("Thử " + token, null, List.of()));
        unknown.put("status", "published");
        as("sonnptnt").body(unknown).post(PATH).then().statusCode(400).contentType("application/problem+json");
        as("sonnptnt").body(Map.of("year", 1999, "tags", List.of("x".repeat(41)))).post(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/title"))
                .body("errors.pointer", hasItem("/whatWasDone"))
                .body("errors.pointer", hasItem("/year"));
        Map<String, Object> manyTags = new HashMap<>(body("Thử " + token, null, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")));
        as("sonnptnt").body(manyTags).post(PATH).then().statusCode(400);
        Map<String, Object> badArea = new HashMap<>(body("Thử " + token, null, List.of()));
        badArea.put("area", "khác");
        as("sonnptnt").body(badArea).post(PATH).then().statusCode(400).contentType("application/problem+json");
        // A unit writes only for itself; an agreement must be the author's own.
        Map<String, Object> forOther = new HashMap<>(body("Thử " + token, null, List.of()));
        forOther.put("organizationId", soTc);
        as("sonnptnt").body(forOther).post(PATH).then().statusCode(403).contentType("application/problem+json");
        as("sonnptnt").body(body("Thử " + token, soTcAgreement, List.of())).post(PATH).then().statusCode(404);
        Map<String, Object> mismatch = new HashMap<>(body("Thử " + token, soNnAgreement, List.of()));
        mismatch.put("organizationId", soTc);
        as("bdt").body(mismatch).post(PATH).then().statusCode(400).body("errors.pointer", hasItem("/agreementId"));
        as("bdt").body(body("Thử " + token, null, List.of())).post(PATH).then().statusCode(400)
                .body("errors.pointer", hasItem("/organizationId"));

        for (String query : List.of("sort=bogus", "status=bogus", "area=bogus", "year=abc", "year=1800", "communeId=-1", "size=1000")) {
            as("bdt").get(PATH + "?" + query).then().statusCode(400).contentType("application/problem+json");
        }
        as("bdt").get(PATH + "/abc").then().statusCode(404).contentType("application/problem+json");
        as("bdt").get(PATH + "/999999999").then().statusCode(404).contentType("application/problem+json");
        assertEquals(List.of(), ids("bdt", "q=" + token), "no refused request wrote a practice");
    }
}
