package vn.ketnghia.common;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Whatever a client sends, the answer is a problem+json 4xx that says what is wrong, never a 500 or
 * a stack trace, and nothing changes.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

    private boolean built;

    private static final String PROBLEM = "application/problem+json";
    private long agreementId;

    /** Once per class, in BeforeEach: REST Assured knows the test port only once a test runs. */
    @BeforeEach
    void agreement() {
        if (built) {
            return;
        }
        built = true;
        agreementId = Fixtures.activeAgreement(Fixtures.SO_NN, Fixtures.newCommune(Fixtures.NAM_GIANG, "Dữ liệu xấu"));
    }

    private long recordCount() {
        return as("bdt").get("/api/v1/support-records?agreementId=" + agreementId).then().extract().jsonPath().getLong("total");
    }

    private ValidatableResponse postRecord(String json) {
        return as("sonnptnt").body(json).post("/api/v1/support-records").then();
    }

    private String recordJson(String field, String rawValue) {
        Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreementId));
        body.remove(field);
        String json = toJson(body);
        return json.substring(0, json.length() - 1) + ", \"" + field + "\": " + rawValue + "}";
    }

    private static String toJson(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "malformed JSON is refused: {0}")
    @ValueSource(strings = {"{", "{\"agreementId\": }", "not json", "[1, 2", "{\"agreementId\": 1,}", "\u0000"})
    void malformedJson(String body) {
        long before = recordCount();
        postRecord(body).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:ketnghia:problem:malformed-request"))
                .body("detail", not(containsString("Exception")));
        assertEquals(before, recordCount());
    }

    @Test
    void emptyBodyIsInvalid() {
        postRecord("").statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIsRefused() {
        postRecord("[]").statusCode(400).contentType(PROBLEM);
    }

    @ParameterizedTest(name = "{0} = {1} is refused at /{0}")
    @CsvSource(delimiter = '|', value = {
            "valueVnd       | \"lots\"",
            "valueVnd       | 12.5",
            "valueVnd       | 99999999999999999999999999",
            "valueVnd       | -1",
            "valueVnd       | 1000000000000000",
            "valueVnd       | true",
            "agreementId    | \"abc\"",
            "agreementId    | 9223372036854775808",
            "agreementId    | {}",
            "supportDate    | \"20/01/2017\"",
            "supportDate    | \"2017-02-30\"",
            "form           | \"gold\"",
            "form           | 1",
            "fundingSource  | \"OWN_BUDGET\"",
            "beneficiaryPeople | 3000000000",
            "beneficiaryPeople | -5",
            "quantity       | \"many\"",
            "description    | [\"a\"]"})
    void wrongTypesAndRanges(String field, String rawValue) {
        long before = recordCount();
        postRecord(recordJson(field, rawValue)).statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:ketnghia:problem:validation-failed"))
                .body("errors.pointer", hasItem("/" + field))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("vn.ketnghia")));
        assertEquals(before, recordCount());
    }

    @Test
    void unknownFieldsAreRefusedNotIgnored() {
        postRecord(recordJson("status", "\"confirmed\"")).statusCode(400).contentType(PROBLEM)
                .body("errors.pointer", hasItem("/status"));
        postRecord(recordJson("id", "5")).statusCode(400).body("errors.pointer", hasItem("/id"));
        postRecord(recordJson("createdBy", "\"bdt\"")).statusCode(400).body("errors.pointer", hasItem("/createdBy"));
        postRecord(recordJson("version", "7")).statusCode(400).body("errors.pointer", hasItem("/version"));
    }

    @Test
    void oversizedStringsAreRefused() {
        long before = recordCount();
        postRecord(recordJson("description", "\"" + "x".repeat(2001) + "\"")).statusCode(400).contentType(PROBLEM)
                .body("errors.pointer", hasItem("/description"));
        postRecord(recordJson("unitOfMeasure", "\"" + "đ".repeat(51) + "\"")).statusCode(400)
                .body("errors.pointer", hasItem("/unitOfMeasure"));
        assertEquals(before, recordCount());
    }

    @Test
    void aHugeBodyIsRefusedBeforeParsing() {
        as("sonnptnt").body("{\"description\": \"" + "x".repeat(2_000_000) + "\"}").post("/api/v1/support-records")
                .then().statusCode(413);
    }

    @Test
    void missingRequiredFieldsAreListedTogether() {
        as("sonnptnt").body("{}").post("/api/v1/support-records").then().statusCode(400).contentType(PROBLEM)
                .body("errors.pointer", hasItem("/agreementId"))
                .body("errors.pointer", hasItem("/supportDate"))
                .body("errors.pointer", hasItem("/valueVnd"))
                .body("errors.pointer", hasItem("/form"));
    }

    @ParameterizedTest(name = "a bad id in the path is a 404 problem: {0}")
    @ValueSource(strings = {"abc", "-1", "0", "99999999999999999999", "1.5", "%27%20or%201=1", "999999999"})
    void badIdsInPaths(String id) {
        for (String path : new String[] {"/api/v1/agreements/", "/api/v1/support-records/", "/api/v1/monitoring-visits/",
                "/api/v1/organizations/", "/api/v1/admin-units/", "/api/v1/periods/"}) {
            as("bdt").get(path + id).then().statusCode(404).contentType(PROBLEM)
                    .body("type", equalTo("urn:ketnghia:problem:not-found"));
        }
    }

    @ParameterizedTest(name = "a bad query parameter is a 400 problem: {0}")
    @ValueSource(strings = {"size=0", "size=101", "size=abc", "page=-1", "page=x", "sort=password", "sort=-nope",
            "status=signed", "periodId=abc", "periodId=-3", "from=yesterday", "to=2017-13-01", "q=" + "a"})
    void badQueryParameters(String query) {
        if (query.equals("q=a")) {
            as("bdt").get("/api/v1/agreements?q=" + "a".repeat(101)).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.parameter", hasItem("q"));
            return;
        }
        String name = query.substring(0, query.indexOf('='));
        as("bdt").get("/api/v1/agreements?" + query).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:ketnghia:problem:validation-failed"))
                .body("errors.parameter", hasItem(name));
    }

    @Test
    void wrongContentTypeIs415() {
        as("sonnptnt").contentType("text/plain").body("hello").post("/api/v1/support-records")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void wrongMethodIs405() {
        as("bdt").delete("/api/v1/agreements").then().statusCode(405).contentType(PROBLEM);
    }

    @Test
    void unknownPathIs404Problem() {
        as("bdt").get("/api/v1/no-such-thing").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void problemsCarryTheRequestPath() {
        as("bdt").get("/api/v1/agreements/999999999").then().statusCode(404)
                .body("instance", equalTo("/api/v1/agreements/999999999"))
                .body("title", notNullValue())
                .body("status", equalTo(404));
    }
}
