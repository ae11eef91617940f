package vn.ketnghia.need;

import static vn.ketnghia.testsupport.Api.as;

import java.util.HashMap;
import java.util.Map;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/** Small helpers for the needs tests: request bodies and the calls every test repeats. */
final class NeedApi {

    static final String NEEDS = "/api/v1/needs";

    private NeedApi() {
    }

    static Map<String, Object> needBody(long communeId, String categoryCode, String title, long estimatedVnd, String priority, int year) {
        Map<String, Object> body = new HashMap<>();
        body.put("communeId", communeId);
        body.put("categoryId", Fixtures.categoryId(categoryCode));
        body.put("title", title);
        body.put("description", "Mô tả: " + title);
        body.put("estimatedVnd", estimatedVnd);
        body.put("priority", priority);
        body.put("targetYear", year);
        return body;
    }

    /** A need posted by the given user (a district user or bdt); returns its id. */
    static long need(String user, long communeId, String title) {
        return need(user, needBody(communeId, "PD-SEEDS-LIVESTOCK", title, 300_000_000L, "high", 2019));
    }

    static long need(String user, Map<String, Object> body) {
        return as(user).body(body).post(NEEDS).then().statusCode(201).extract().jsonPath().getLong("need.id");
    }

    static Map<String, Object> pledgeBody(long agreementId, long pledgedVnd, int year) {
        return Map.of("agreementId", agreementId, "pledgedVnd", pledgedVnd, "year", year, "description", "Hỗ trợ bò giống");
    }

    /** Pledges and returns the new pledge's id (the last pledge of the need). */
    static long pledge(String user, long needId, long agreementId, long pledgedVnd, int year) {
        java.util.List<Integer> ids = as(user).body(pledgeBody(agreementId, pledgedVnd, year)).post(NEEDS + "/" + needId + "/pledges")
                .then().statusCode(201).extract().jsonPath().getList("pledges.id");
        return ids.getLast();
    }

    static String etag(long needId) {
        return Api.etagOf("bdt", NEEDS + "/" + needId);
    }

    /** The pledge's version as an If-Match value. */
    static String pledgeEtag(long needId, long pledgeId) {
        int version = as("bdt").get(NEEDS + "/" + needId).then().statusCode(200).extract().jsonPath()
                .getInt("pledges.find { it.id == " + pledgeId + " }.version");
        return "\"" + version + "\"";
    }
}
