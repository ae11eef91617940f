package vn.ketnghia.reporting;

import static vn.ketnghia.testsupport.Api.as;

import java.util.List;
import java.util.Map;
import vn.ketnghia.testsupport.Api;

/** Steps the reporting tests share, taken through the API as the province. */
final class ReportingApi {

    static final String PERIODS = "/api/v1/reporting-periods";
    static final String REPORTS = "/api/v1/reports";

    private ReportingApi() {
    }

    static long plannedPeriod(String regime, int year) {
        return Api.id(as("bdt").body(Map.of("regime", regime, "year", year)).post(PERIODS).then().statusCode(201).extract());
    }

    static long openPeriod(String regime, int year) {
        long id = plannedPeriod(regime, year);
        as("bdt").header("If-Match", Api.etagOf("bdt", PERIODS + "/" + id)).post(PERIODS + "/" + id + "/open").then().statusCode(200);
        return id;
    }

    /** The report of an organisation (or, with {@code district}, a district) in a period; fails when it is not on the roster. */
    static long reportOf(long periodId, long reporterId, boolean district) {
        List<Map<String, Object>> items = as("bdt").get(REPORTS + "?size=100&periodId=" + periodId
                        + (district ? "&reporterKind=district" : "&reporterKind=organization&organizationId=" + reporterId))
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> ((Number) ((Map<?, ?>) i.get("reporter")).get("id")).longValue() == reporterId)
                .findFirst().map(i -> ((Number) i.get("id")).longValue())
                .orElseThrow(() -> new AssertionError("reporter " + reporterId + " is not on the roster of period " + periodId));
    }

    static List<Long> rosterReporterIds(long periodId, String reporterKind) {
        List<Long> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<Number> ids = as("bdt").get(REPORTS + "?size=100&page=" + page + "&periodId=" + periodId + "&reporterKind=" + reporterKind)
                    .then().statusCode(200).extract().jsonPath().getList("items.reporter.id");
            ids.forEach(id -> all.add(id.longValue()));
            if (ids.size() < 100) {
                return all;
            }
        }
    }

    static String report(long id) {
        return REPORTS + "/" + id;
    }
}
