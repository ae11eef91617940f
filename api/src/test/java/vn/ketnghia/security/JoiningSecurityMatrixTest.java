package vn.ketnghia.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;
import static vn.ketnghia.testsupport.Fixtures.NAM_GIANG;
import static vn.ketnghia.testsupport.Fixtures.SO_NN;
import static vn.ketnghia.testsupport.Fixtures.SO_TC;
import static vn.ketnghia.testsupport.Fixtures.TAY_GIANG;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ketnghia.joining.JoiningFixtures;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Who may do what when organisations join the programme, with real tokens for every demo user. The
 * world: a period of its own in which Sở NN&PTNT (sonnptnt) was invited and registered, proposing a
 * commune of Nam Giang (namgiang and its district system). Tây Giang (taygiang) and Sở Tài chính
 * (sotaichinh) are outside it: 404 like a missing row. A refused write changes nothing.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JoiningSecurityMatrixTest {

    private static final String INTEGRATION = "service-account-ketnghia-integration-namgiang";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private boolean built;
    private long period;
    private long commune;
    private long invitation;
    private long registration;

    @BeforeEach
    void buildTheWorld() {
        if (built) {
            return;
        }
        built = true;
        period = JoiningFixtures.newPeriod();
        commune = JoiningFixtures.newCommune(NAM_GIANG, "Ma trận tham gia", period);
        JoiningFixtures.newCommune(TAY_GIANG, "Ma trận tham gia Tây Giang", period);
        invitation = JoiningFixtures.invite(period, Fixtures.organizationId(SO_NN));
        registration = JoiningFixtures.register("sonnptnt", null, period, List.of(commune));
    }

    private String invitationPath() {
        return "/api/v1/invitations/" + invitation;
    }

    private String registrationPath() {
        return "/api/v1/registrations/" + registration;
    }

    @ParameterizedTest(name = "{0} reads the invitation: {1}, sees {2} in the list")
    @CsvSource({
            "admin,      200, 1",
            "bdt,        200, 1",
            "lanhdao,    200, 1",
            "sonnptnt,   200, 1",
            "sotaichinh, 404, 0",
            "namgiang,   403, -1",
            "taygiang,   403, -1",
            INTEGRATION + ", 403, -1"})
    void invitationsAreTheProvincesAndTheInvitedOrganisations(String user, int expected, int listed) {
        assertEquals(expected, as(user).get(invitationPath()).statusCode(), user + " invitation");
        assertEquals(expected, as(user).accept(DOCX).get(invitationPath() + "/letter").statusCode(), user + " letter");
        assertEquals(expected, as(user).get(invitationPath() + "/history").statusCode(), user + " history");
        var list = as(user).get("/api/v1/invitations?periodId=" + period);
        if (listed < 0) {
            assertEquals(403, list.statusCode(), user + " list");
        } else {
            assertEquals(200, list.statusCode(), user + " list");
            assertEquals(listed, list.jsonPath().getInt("total"), user + " list total");
        }
    }

    @ParameterizedTest(name = "{0} may not invite or cancel")
    @ValueSource(strings = {"admin", "lanhdao", "namgiang", "taygiang", "sonnptnt", "sotaichinh", INTEGRATION})
    void onlyTheProvinceInvites(String user) {
        String etag = Api.etagOf("bdt", invitationPath());
        as(user).body(JoiningFixtures.invitationBody(period, List.of(Fixtures.organizationId(SO_TC))))
                .post("/api/v1/invitations").then().statusCode(403).contentType("application/problem+json");
        as(user).header("If-Match", etag).post(invitationPath() + "/cancel").then().statusCode(403);
        as("bdt").get("/api/v1/invitations?periodId=" + period).then().statusCode(200).body("total", equalTo(1));
        as("bdt").get(invitationPath()).then().statusCode(200).header("ETag", etag).body("status", equalTo("registered"));
    }

    @ParameterizedTest(name = "{0} reads the registration: {1}, sees {2} in the list")
    @CsvSource({
            "admin,      200, 1",
            "bdt,        200, 1",
            "lanhdao,    200, 1",
            "sonnptnt,   200, 1",
            "namgiang,   200, 1",
            INTEGRATION + ", 200, 1",
            "taygiang,   404, 0",
            "sotaichinh, 404, 0"})
    void registrationsAreSeenByTheirOrganisationTheirDistrictAndTheProvince(String user, int expected, int listed) {
        assertEquals(expected, as(user).get(registrationPath()).statusCode(), user + " registration");
        assertEquals(expected, as(user).get(registrationPath() + "/history").statusCode(), user + " history");
        var list = as(user).get("/api/v1/registrations?periodId=" + period);
        assertEquals(200, list.statusCode(), user + " list");
        assertEquals(listed, list.jsonPath().getInt("total"), user + " list total");
        assertEquals(200, as(user).get("/api/v1/registrations/eligible-communes?periodId=" + period).statusCode(), user + " communes");
    }

    @ParameterizedTest(name = "{0} may not register: {1}")
    @CsvSource({
            "admin,      403",
            "lanhdao,    403",
            "namgiang,   403",
            "taygiang,   403",
            INTEGRATION + ", 403",
            "sotaichinh, 403"})
    void onlyTheProvinceAndTheOrganisationItselfRegister(String user, int expected) {
        as(user).body(JoiningFixtures.registrationBody(Fixtures.organizationId(SO_NN), period, List.of(commune)))
                .post("/api/v1/registrations").then().statusCode(expected).contentType("application/problem+json");
        as("bdt").get("/api/v1/registrations?periodId=" + period).then().statusCode(200).body("total", equalTo(1));
    }

    @ParameterizedTest(name = "{0} may not decide, edit or withdraw: {1} / {2}")
    @CsvSource({
            "admin,      403, 403",
            "lanhdao,    403, 403",
            "namgiang,   403, 403",
            "taygiang,   403, 403",
            INTEGRATION + ", 403, 403",
            "sonnptnt,   403, 200",
            "sotaichinh, 403, 404"})
    void onlyTheProvinceDecides(String user, int decide, int ownChange) {
        String etag = Api.etagOf("bdt", registrationPath());
        as(user).header("If-Match", etag).body(Map.of()).post(registrationPath() + "/approve").then().statusCode(decide);
        as(user).header("If-Match", etag).body(Map.of("reason", "Không")).post(registrationPath() + "/decline").then().statusCode(decide);
        if (ownChange != 200) {
            as(user).header("If-Match", etag).post(registrationPath() + "/withdraw").then().statusCode(ownChange);
            as(user).header("If-Match", etag).body(JoiningFixtures.registrationBody(null, period, List.of(commune)))
                    .put(registrationPath()).then().statusCode(ownChange);
        }
        as("bdt").get(registrationPath()).then().statusCode(200).header("ETag", etag)
                .body("status", equalTo("submitted")).body("communes[0].agreementId", equalTo(null));
        as("bdt").get("/api/v1/agreements?periodId=" + period).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anonymousCallersAreRefused() {
        Api.anonymous().get("/api/v1/invitations").then().statusCode(401);
        Api.anonymous().get("/api/v1/registrations").then().statusCode(401);
        Api.anonymous().body(Map.of()).post("/api/v1/registrations").then().statusCode(401);
    }
}
