package vn.ketnghia.joining;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.joining.JoiningFixtures.invite;
import static vn.ketnghia.joining.JoiningFixtures.newCommune;
import static vn.ketnghia.joining.JoiningFixtures.newPeriod;
import static vn.ketnghia.joining.JoiningFixtures.register;
import static vn.ketnghia.joining.JoiningFixtures.registrationBody;
import static vn.ketnghia.testsupport.Api.as;
import static vn.ketnghia.testsupport.Fixtures.NAM_GIANG;
import static vn.ketnghia.testsupport.Fixtures.SO_NN;
import static vn.ketnghia.testsupport.Fixtures.SO_TC;
import static vn.ketnghia.testsupport.Fixtures.TAY_GIANG;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/** Invite → notice → register → approve or decline or withdraw, and the rules that refuse the rest. */
@QuarkusTest
class JoiningWorkflowTest {

    private static final String REGISTRATIONS = "/api/v1/registrations";
    private static final String INVITATIONS = "/api/v1/invitations";

    @Test
    void invitationNoticeRegistrationAndApprovalCreateProposedAgreements() {
        long period = newPeriod();
        long snn = Fixtures.organizationId(SO_NN);
        long inNamGiang = newCommune(NAM_GIANG, "Tham gia Nam Giang", period);
        long inTayGiang = newCommune(TAY_GIANG, "Tham gia Tây Giang", period);

        long invitation = invite(period, snn);
        as("bdt").get(INVITATIONS + "/" + invitation).then().statusCode(200)
                .body("status", equalTo("sent")).body("organization.id", equalTo((int) snn))
                .body("period.id", equalTo((int) period)).body("registrationId", nullValue());
        JsonPath inbox = as("sonnptnt").get("/api/v1/notifications?size=100").then().statusCode(200).extract().jsonPath();
        List<String> links = inbox.getList("items.link");
        assertTrue(links.contains("/joining/registrations/new?invitationId=" + invitation), links.toString());
        as("sonnptnt").get(INVITATIONS + "?periodId=" + period).then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo((int) invitation));

        JsonPath eligible = as("sonnptnt").get(REGISTRATIONS + "/eligible-communes?periodId=" + period)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of((int) inNamGiang, (int) inTayGiang).stream().sorted().toList(),
                eligible.<Integer>getList("id").stream().sorted().toList());
        assertEquals(List.of(0, 0), eligible.getList("activePartners"));

        long registration = register("sonnptnt", null, period, List.of(inNamGiang, inTayGiang));
        as("sonnptnt").get(REGISTRATIONS + "/" + registration).then().statusCode(200)
                .body("status", equalTo("submitted")).body("organization.id", equalTo((int) snn))
                .body("invitationId", equalTo((int) invitation)).body("communes", hasSize(2))
                .body("supportAreas", equalTo(List.of("material", "production")));
        as("bdt").get(INVITATIONS + "/" + invitation).then().statusCode(200)
                .body("status", equalTo("registered")).body("registrationId", equalTo((int) registration));
        List<String> provinceTitles = as("bdt").get("/api/v1/notifications?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.link");
        assertTrue(provinceTitles.contains("/joining/registrations/" + registration));

        // Both receiving districts read it; the district cannot decide.
        as("namgiang").get(REGISTRATIONS + "/" + registration).then().statusCode(200);
        as("taygiang").get(REGISTRATIONS + "/" + registration).then().statusCode(200);
        String etag = Api.etagOf("bdt", REGISTRATIONS + "/" + registration);
        as("namgiang").header("If-Match", etag).body(Map.of()).post(REGISTRATIONS + "/" + registration + "/approve")
                .then().statusCode(403);

        JsonPath approved = as("bdt").header("If-Match", etag)
                .body(Map.of("communeIds", List.of(inNamGiang), "startDate", "2031-07-01", "note", "Thống nhất với huyện"))
                .post(REGISTRATIONS + "/" + registration + "/approve").then().statusCode(200)
                .body("status", equalTo("approved")).body("decisionReason", equalTo("Thống nhất với huyện"))
                .extract().jsonPath();
        Integer agreementId = approved.get("communes.find { it.id == " + inNamGiang + " }.agreementId");
        assertNotNull(agreementId);
        assertNull(approved.get("communes.find { it.id == " + inTayGiang + " }.agreementId"));
        as("bdt").get("/api/v1/agreements/" + agreementId).then().statusCode(200)
                .body("status", equalTo("proposed")).body("organization.id", equalTo((int) snn))
                .body("recipient.id", equalTo((int) inNamGiang)).body("district.id", equalTo((int) Fixtures.districtId(NAM_GIANG)))
                .body("period.id", equalTo((int) period)).body("startDate", equalTo("2031-07-01"))
                .body("focalOfficerName", equalTo("Trần Văn Bình"));
        // Exactly one agreement came of it: Tây Giang's commune was not approved.
        as("bdt").get("/api/v1/agreements?periodId=" + period).then().statusCode(200).body("total", equalTo(1));
        as("bdt").get(REGISTRATIONS + "/" + registration + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("submitted", "approved")));

        List<String> districtLinks = as("namgiang").get("/api/v1/notifications?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.link");
        assertTrue(districtLinks.contains("/joining/registrations/" + registration));
        List<String> unitKinds = as("sonnptnt").get("/api/v1/notifications?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.kind");
        assertTrue(unitKinds.contains(RegistrationService.KIND_APPROVED));

        // The agreement follows its usual steps: it can be signed and activated.
        String agreementEtag = Api.etagOf("bdt", "/api/v1/agreements/" + agreementId);
        Map<String, Object> signed = new java.util.HashMap<>(Map.of("organizationId", snn, "periodId", period,
                "recipientId", inNamGiang, "startDate", "2031-07-01", "documentNumber", "5/BB-KN"));
        agreementEtag = as("bdt").header("If-Match", agreementEtag).body(signed).put("/api/v1/agreements/" + agreementId)
                .then().statusCode(200).extract().header("ETag");
        as("bdt").header("If-Match", agreementEtag).post("/api/v1/agreements/" + agreementId + "/activate")
                .then().statusCode(200).body("status", equalTo("active"));
        as("bdt").get(REGISTRATIONS + "/eligible-communes?periodId=" + period).then().statusCode(200)
                .body("find { it.id == " + inNamGiang + " }.activePartners", equalTo(1));
        // Approved is final.
        String approvedEtag = Api.etagOf("bdt", REGISTRATIONS + "/" + registration);
        as("bdt").header("If-Match", approvedEtag).body(Map.of("reason", "x")).post(REGISTRATIONS + "/" + registration + "/decline")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void declineNeedsAReasonAndNotifiesTheOrganisation() {
        long period = newPeriod();
        long commune = newCommune(NAM_GIANG, "Từ chối", period);
        long registration = register("sonnptnt", null, period, List.of(commune));
        String path = REGISTRATIONS + "/" + registration;
        String etag = Api.etagOf("bdt", path);
        as("bdt").header("If-Match", etag).body(Map.of()).post(path + "/decline")
                .then().statusCode(400).contentType("application/problem+json");
        as("bdt").header("If-Match", etag).body(Map.of("reason", "   ")).post(path + "/decline")
                .then().statusCode(400).contentType("application/problem+json");
        as("bdt").header("If-Match", etag).post(path + "/decline").then().statusCode(400);
        as("bdt").get(path).then().statusCode(200).header("ETag", etag).body("status", equalTo("submitted"));

        as("bdt").header("If-Match", etag).body(Map.of("reason", "Xã đã có đơn vị nhận kết nghĩa"))
                .post(path + "/decline").then().statusCode(200)
                .body("status", equalTo("declined")).body("decisionReason", equalTo("Xã đã có đơn vị nhận kết nghĩa"))
                .body("communes[0].agreementId", nullValue());
        as("bdt").get("/api/v1/agreements?periodId=" + period).then().statusCode(200).body("total", equalTo(0));
        List<String> bodies = as("sonnptnt").get("/api/v1/notifications?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.body");
        assertTrue(bodies.contains("Lý do: Xã đã có đơn vị nhận kết nghĩa"), bodies.toString());
    }

    @Test
    void theOrganisationWithdrawsAndEditsOnlyWhileSubmitted() {
        long period = newPeriod();
        long first = newCommune(NAM_GIANG, "Rút một", period);
        long second = newCommune(NAM_GIANG, "Rút hai", period);
        long registration = register("sonnptnt", null, period, List.of(first, second));
        String path = REGISTRATIONS + "/" + registration;
        as("sonnptnt").body(registrationBody(null, period, List.of(first, second))).put(path).then().statusCode(428);
        as("sonnptnt").header("If-Match", "\"99\"").body(registrationBody(null, period, List.of(first, second))).put(path)
                .then().statusCode(412);
        String etag = Api.etagOf("sonnptnt", path);
        etag = as("sonnptnt").header("If-Match", etag).body(registrationBody(null, period, List.of(second, first))).put(path)
                .then().statusCode(200).body("communes.id", equalTo(List.of((int) second, (int) first))).extract().header("ETag");

        as("sonnptnt").post(path + "/withdraw").then().statusCode(428);
        as("sonnptnt").header("If-Match", "*").post(path + "/withdraw").then().statusCode(428);
        String withdrawn = as("sonnptnt").header("If-Match", etag).body(Map.of("note", "Đơn vị sắp xếp lại"))
                .post(path + "/withdraw").then().statusCode(200).body("status", equalTo("withdrawn")).extract().header("ETag");
        as("sonnptnt").header("If-Match", withdrawn).body(registrationBody(null, period, List.of(first))).put(path)
                .then().statusCode(409);
        as("bdt").header("If-Match", withdrawn).body(Map.of()).post(path + "/approve").then().statusCode(409);
        // Withdrawn, the organisation may register again.
        register("sonnptnt", null, period, List.of(first));
    }

    @Test
    void conflictsAreRefusedAndChangeNothing() {
        long period = newPeriod();
        long newcomer = Fixtures.newOrganization("Công ty Thử Xung Đột", "enterprise");
        long member = Fixtures.newOrganization("Hội Thử Đã Tham Gia", "mass_organization");
        long commune = newCommune(NAM_GIANG, "Xung đột", period);
        long covered = newCommune(NAM_GIANG, "Đã có đơn vị", period);
        long notDifficult = newCommune(Fixtures.districtId(NAM_GIANG), "Không khó khăn", period, false, false);
        JoiningFixtures.agreement(member, covered, period, false);

        // Inviting an organisation that takes part (a proposed agreement) names it and sends nothing.
        as("bdt").body(JoiningFixtures.invitationBody(period, List.of(newcomer, member))).post(INVITATIONS)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Hội Thử Đã Tham Gia"));
        as("bdt").get(INVITATIONS + "?periodId=" + period).then().statusCode(200).body("total", equalTo(0));
        long invitation = invite(period, newcomer);
        as("bdt").body(JoiningFixtures.invitationBody(period, List.of(newcomer))).post(INVITATIONS)
                .then().statusCode(409).body("detail", containsString("Công ty Thử Xung Đột"));
        as("bdt").get(INVITATIONS + "?periodId=" + period).then().statusCode(200).body("total", equalTo(1));

        // A commune not flagged especially difficult in the period, or one the organisation already helps.
        as("bdt").body(registrationBody(newcomer, period, List.of(notDifficult))).post(REGISTRATIONS)
                .then().statusCode(409).body("errors[0].pointer", equalTo("/communeIds/0"));
        as("bdt").body(registrationBody(member, period, List.of(covered))).post(REGISTRATIONS)
                .then().statusCode(409).body("detail", containsString("Đã có đơn vị"));
        as("bdt").get(REGISTRATIONS + "?periodId=" + period).then().statusCode(200).body("total", equalTo(0));
        as("bdt").get(INVITATIONS + "/" + invitation).then().statusCode(200).body("status", equalTo("sent"));

        // The province registers on the newcomer's behalf; a second waiting registration is refused.
        long registration = register("bdt", newcomer, period, List.of(commune));
        as("bdt").get(INVITATIONS + "/" + invitation).then().statusCode(200).body("status", equalTo("registered"));
        as("bdt").body(registrationBody(newcomer, period, List.of(commune))).post(REGISTRATIONS).then().statusCode(409);
        // Meanwhile the newcomer got an agreement with the commune some other way: approving is refused.
        JoiningFixtures.agreement(newcomer, commune, period, true);
        String etag = Api.etagOf("bdt", REGISTRATIONS + "/" + registration);
        as("bdt").header("If-Match", etag).body(Map.of()).post(REGISTRATIONS + "/" + registration + "/approve")
                .then().statusCode(409).body("detail", containsString("Xung đột"));
        as("bdt").get(REGISTRATIONS + "/" + registration).then().statusCode(200)
                .header("ETag", etag).body("status", equalTo("submitted"));
        // Approving a commune that was not proposed.
        as("bdt").header("If-Match", etag).body(Map.of("communeIds", List.of(covered))).post(REGISTRATIONS + "/" + registration + "/approve")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/communeIds/0"));
        as("bdt").get("/api/v1/agreements?periodId=" + period + "&organizationId=" + newcomer).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void aUnitRegistersOnlyItself() {
        long period = newPeriod();
        long commune = newCommune(NAM_GIANG, "Chỉ chính mình", period);
        as("sonnptnt").body(registrationBody(Fixtures.organizationId(SO_TC), period, List.of(commune))).post(REGISTRATIONS)
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/organizationId"));
        as("bdt").get(REGISTRATIONS + "?periodId=" + period).then().statusCode(200).body("total", equalTo(0));
        // Naming itself is fine.
        long own = register("sonnptnt", Fixtures.organizationId(SO_NN), period, List.of(commune));
        as("sotaichinh").get(REGISTRATIONS + "/" + own).then().statusCode(404);
    }

    @Test
    void cancellingAnInvitation() {
        long period = newPeriod();
        long organization = Fixtures.newOrganization("Ban Thử Hủy Thư Mời", "agency");
        long invitation = invite(period, organization);
        String path = INVITATIONS + "/" + invitation;
        as("bdt").post(path + "/cancel").then().statusCode(428);
        String etag = Api.etagOf("bdt", path);
        as("bdt").header("If-Match", etag).body(Map.of("reason", "Đơn vị đã sáp nhập")).post(path + "/cancel")
                .then().statusCode(200).body("status", equalTo("cancelled")).body("cancelReason", equalTo("Đơn vị đã sáp nhập"));
        as("bdt").get(INVITATIONS + "?periodId=" + period + "&status=cancelled").then().statusCode(200).body("total", equalTo(1));
        as("bdt").get(INVITATIONS + "?periodId=" + period + "&status=sent").then().statusCode(200).body("total", equalTo(0));
        // A cancelled invitation cannot be answered, but the organisation may be invited again.
        long commune = newCommune(NAM_GIANG, "Sau hủy", period);
        Map<String, Object> body = new java.util.HashMap<>(registrationBody(organization, period, List.of(commune)));
        body.put("invitationId", invitation);
        as("bdt").body(body).post(REGISTRATIONS).then().statusCode(409);
        invite(period, organization);
        as("bdt").get(path + "/history").then().statusCode(200).body("action", equalTo(List.of("sent", "cancelled")));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() {
        long period = newPeriod();
        long commune = newCommune(NAM_GIANG, "Dữ liệu sai", period);
        long organization = Fixtures.newOrganization("Sở Thử Dữ Liệu Sai", "department");
        Map<String, Object> good = registrationBody(organization, period, List.of(commune));
        List<Map<String, Object>> bad = List.of(
                with(good, "communeIds", List.of()),
                with(good, "communeIds", List.of(commune, commune)),
                with(good, "communeIds", List.of(1L, 2L, 3L, 4L, 5L, 6L)),
                with(good, "communeIds", List.of(999_999_999L)),
                with(good, "supportAreas", List.of("money")),
                with(good, "supportAreas", List.of()),
                with(good, "commitment", ""),
                with(good, "contactEmail", "không phải email"),
                with(good, "proposedStartDate", "2020-01-01"),
                with(good, "proposedStartDate", "01/06/2031"),
                with(good, "periodId", 999_999_999L),
                with(good, "organizationId", 999_999_999L),
                with(good, "status", "approved"),
                with(good, "invitationId", 999_999_999L));
        for (Map<String, Object> body : bad) {
            as("bdt").body(body).post(REGISTRATIONS).then().statusCode(400).contentType("application/problem+json");
        }
        as("bdt").body("{\"periodId\": ").post(REGISTRATIONS).then().statusCode(400).contentType("application/problem+json");
        as("bdt").get(REGISTRATIONS + "?periodId=" + period).then().statusCode(200).body("total", equalTo(0));

        Map<String, Object> invitation = JoiningFixtures.invitationBody(period, List.of(organization));
        for (Map<String, Object> body : List.of(
                with(invitation, "organizationIds", List.of()),
                with(invitation, "organizationIds", List.of(organization, organization)),
                with(invitation, "replyBy", "2001-01-01"),
                with(invitation, "documentNumber", "x".repeat(21)),
                with(invitation, "id", 5))) {
            as("bdt").body(body).post(INVITATIONS).then().statusCode(400).contentType("application/problem+json");
        }
        as("bdt").get(INVITATIONS + "?periodId=" + period).then().statusCode(200).body("total", equalTo(0));
        as("bdt").get(INVITATIONS + "?status=open").then().statusCode(400).contentType("application/problem+json");
        as("bdt").get(REGISTRATIONS + "?status=open").then().statusCode(400).contentType("application/problem+json");
        as("bdt").get(REGISTRATIONS + "/eligible-communes").then().statusCode(400).contentType("application/problem+json");
        as("bdt").get(REGISTRATIONS + "/eligible-communes?periodId=999999999").then().statusCode(404);
        as("bdt").get(REGISTRATIONS + "/abc").then().statusCode(404);
        as("bdt").accept("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .get(INVITATIONS + "/999999999/letter").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDemoShowsTheProvinceAnInvitationAnsweredOneUnansweredAndARegistrationToDecide() {
        long period = Fixtures.periodId(Fixtures.PERIOD);
        List<Map<String, Object>> registered = as("bdt").get(INVITATIONS + "?periodId=" + period + "&status=registered")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertTrue(registered.stream().anyMatch(i -> i.get("registrationId") != null), registered.toString());
        as("bdt").get(INVITATIONS + "?periodId=" + period + "&status=expired").then().statusCode(200)
                .body("items.organizationKind", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        JsonPath waiting = as("bdt").get(REGISTRATIONS + "?periodId=" + period + "&status=submitted").then().statusCode(200)
                .extract().jsonPath();
        assertTrue(waiting.getInt("total") >= 1);
        // Its communes are especially difficult and still without a partner, so approving it would close a gap.
        List<Integer> proposed = waiting.getList("items[0].communes.id");
        JsonPath eligible = as("bdt").get(REGISTRATIONS + "/eligible-communes?periodId=" + period).then().statusCode(200)
                .extract().jsonPath();
        for (Integer commune : proposed) {
            assertEquals(0, eligible.getInt("find { it.id == " + commune + " }.activePartners"), "commune " + commune);
        }
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
