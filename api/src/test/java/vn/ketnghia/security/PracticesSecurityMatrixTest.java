package vn.ketnghia.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;
import static vn.ketnghia.testsupport.Fixtures.NAM_GIANG;
import static vn.ketnghia.testsupport.Fixtures.SO_NN;

import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;
import vn.ketnghia.testsupport.Tokens;

/**
 * Who may do what with good practices, with real tokens for every demo user. The world: Sở NN&PTNT
 * (sonnptnt) helps a new commune of Nam Giang (namgiang) and has written one published practice and
 * one draft under that agreement. Everyone signed in reads the published one; the draft is seen
 * only by its editors (sonnptnt, namgiang, bdt) and is 404 for everyone else; a refused change
 * leaves the practice exactly as it was (same ETag, same status, same files).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticesSecurityMatrixTest {

    private static final String INTEGRATION = "service-account-ketnghia-integration-namgiang";
    private static final String PATH = "/api/v1/practices";

    private boolean built;
    private long agreement;
    private long published;
    private long draft;
    private long fileId;
    private String token;
    private byte[] png;

    @BeforeEach
    void buildTheWorld() throws Exception {
        if (built) {
            return;
        }
        built = true;
        token = "kntestmatrix" + Long.toString(System.nanoTime(), 36);
        long commune = Fixtures.newCommune(NAM_GIANG, "Ma trận mô hình Nam Giang");
        agreement = Fixtures.activeAgreement(SO_NN, commune);
        published = Api.id(as("sonnptnt").body(body("Đã đăng " + token)).post(PATH).then().statusCode(201).extract());
        png = png();
        fileId = given().auth().oauth2(Tokens.accessToken("sonnptnt")).accept("application/json")
                .multiPart("file", "anh.png", png, "image/png").post(PATH + "/" + published + "/files")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("sonnptnt").header("If-Match", Api.etagOf("sonnptnt", PATH + "/" + published))
                .post(PATH + "/" + published + "/publish").then().statusCode(200);
        draft = Api.id(as("sonnptnt").body(body("Bản nháp " + token)).post(PATH).then().statusCode(201).extract());
    }

    private Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("agreementId", agreement);
        body.put("title", title);
        body.put("whatWasDone", "Làm chuồng trại chung cho 10 hộ.");
        body.put("results", "Đàn bò tăng gấp đôi.");
        body.put("year", 2019);
        body.put("tags", List.of("chăn nuôi"));
        return body;
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** What an outsider could have changed: ETag, status, title and file count. */
    private String state(long id) {
        var read = as("bdt").get(PATH + "/" + id).then().statusCode(200).extract();
        return read.header("ETag") + "|" + read.jsonPath().getString("status") + "|" + read.jsonPath().getString("title")
                + "|" + read.jsonPath().getList("files").size();
    }

    @ParameterizedTest(name = "{0} reads the published practice, its file and the tags")
    @ValueSource(strings = {"admin", "bdt", "lanhdao", "namgiang", "taygiang", "sonnptnt", "sotaichinh", INTEGRATION})
    void everyoneSignedInReadsPublishedPractices(String user) {
        as(user).get(PATH + "/" + published).then().statusCode(200).body("status", equalTo("published"));
        as(user).get(PATH + "?q=" + token).then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem((int) published));
        as(user).get(PATH + "/tags").then().statusCode(200);
        as(user).get(PATH + "/" + published + "/history").then().statusCode(200);
        byte[] got = given().auth().oauth2(Tokens.accessToken(user)).accept("*/*")
                .get(PATH + "/" + published + "/files/" + fileId).then().statusCode(200).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(png, got);
    }

    @Test
    void nobodyAnonymousReadsAnything() {
        Api.anonymous().get(PATH).then().statusCode(401);
        Api.anonymous().get(PATH + "/" + published).then().statusCode(401);
        given().get(PATH + "/" + published + "/files/" + fileId).then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} reads the draft: {1}")
    @CsvSource({
            "admin,      404",
            "bdt,        200",
            "lanhdao,    404",
            "namgiang,   200",
            "taygiang,   404",
            "sonnptnt,   200",
            "sotaichinh, 404",
            INTEGRATION + ", 404"})
    void draftsAreSeenOnlyByTheirEditors(String user, int expected) {
        assertEquals(expected, as(user).get(PATH + "/" + draft).statusCode(), user);
        assertEquals(expected, as(user).get(PATH + "/" + draft + "/history").statusCode(), user + " history");
        List<Integer> listed = as(user).get(PATH + "?size=100&q=" + token).then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(expected == 200, listed.contains((int) draft), user + " lists the draft only when they may edit it");
        assertEquals(true, listed.contains((int) published), user + " lists the published practice");
    }

    @ParameterizedTest(name = "{0} writes a practice: {1}")
    @CsvSource({
            "admin,      403",
            "bdt,        201",
            "lanhdao,    403",
            "namgiang,   201",
            "taygiang,   404",
            "sonnptnt,   201",
            "sotaichinh, 404",
            INTEGRATION + ", 403"})
    void whoMayWriteAPracticeUnderTheAgreement(String user, int expected) {
        String title = "Viết bởi " + user + " " + token;
        assertEquals(expected, as(user).body(body(title)).post(PATH).statusCode(), user);
        if (expected != 201) {
            int found = as("bdt").get(PATH + "?q=" + token + " viet boi").then().extract().jsonPath().getList("items.title")
                    .stream().filter(title::equals).toList().size();
            assertEquals(0, found, "a refused create wrote nothing");
        }
    }

    @ParameterizedTest(name = "{0} may not change the published practice: {1}")
    @CsvSource({
            "admin,      403",
            "lanhdao,    403",
            "taygiang,   403",
            "sotaichinh, 403",
            INTEGRATION + ", 403"})
    void outsidersCannotChangeThePublishedPractice(String user, int expected) {
        String before = state(published);
        String etag = before.substring(0, before.indexOf('|'));
        String path = PATH + "/" + published;
        Map<String, Object> change = new HashMap<>(body("Bị sửa " + token));
        assertEquals(expected, as(user).header("If-Match", etag).body(change).put(path).statusCode(), user + " PUT");
        assertEquals(expected, as(user).header("If-Match", etag).post(path + "/unpublish").statusCode(), user + " unpublish");
        assertEquals(expected, as(user).header("If-Match", etag).delete(path).statusCode(), user + " DELETE");
        assertEquals(expected, given().auth().oauth2(Tokens.accessToken(user)).accept("application/json")
                .multiPart("file", "x.png", png, "image/png").post(path + "/files").statusCode(), user + " upload");
        assertEquals(expected, as(user).header("If-Match", etag).delete(path + "/files/" + fileId).statusCode(), user + " file DELETE");
        assertEquals(before, state(published), user + " changed nothing");
    }

    @ParameterizedTest(name = "{0} may not touch the draft: {1}")
    @CsvSource({
            "admin,      403",
            "lanhdao,    403",
            "taygiang,   404",
            "sotaichinh, 404",
            INTEGRATION + ", 403"})
    void outsidersCannotTouchTheDraft(String user, int expected) {
        String before = state(draft);
        String etag = before.substring(0, before.indexOf('|'));
        String path = PATH + "/" + draft;
        assertEquals(expected, as(user).header("If-Match", etag).body(body("Bị sửa " + token)).put(path).statusCode(), user + " PUT");
        assertEquals(expected, as(user).header("If-Match", etag).post(path + "/publish").statusCode(), user + " publish");
        assertEquals(expected, as(user).header("If-Match", etag).delete(path).statusCode(), user + " DELETE");
        assertEquals(expected, given().auth().oauth2(Tokens.accessToken(user)).accept("application/json")
                .multiPart("file", "x.png", png, "image/png").post(path + "/files").statusCode(), user + " upload");
        assertEquals(before, state(draft), user + " changed nothing");
    }

    @ParameterizedTest(name = "{0} edits, publishes and unpublishes a draft of the agreement")
    @ValueSource(strings = {"bdt", "namgiang", "sonnptnt"})
    void editorsRunTheWorkflow(String user) {
        long id = Api.id(as("sonnptnt").body(body("Quy trình " + user + " " + token)).post(PATH).then().statusCode(201).extract());
        String path = PATH + "/" + id;
        String etag = Api.etagOf(user, path);
        etag = as(user).header("If-Match", etag).body(body("Đã sửa bởi " + user + " " + token)).put(path).then().statusCode(200)
                .extract().header("ETag");
        etag = as(user).header("If-Match", etag).post(path + "/publish").then().statusCode(200).extract().header("ETag");
        etag = as(user).header("If-Match", etag).post(path + "/unpublish").then().statusCode(200).extract().header("ETag");
        as(user).header("If-Match", etag).delete(path).then().statusCode(204);
        as("bdt").get(path).then().statusCode(404);
    }
}
