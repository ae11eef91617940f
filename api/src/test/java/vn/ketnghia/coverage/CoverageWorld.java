package vn.ketnghia.coverage;

import static vn.ketnghia.testsupport.Api.as;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Builds the coverage tests' own programme period, communes, partners, agreements, support, plans,
 * visits and reports through the API, so every expected figure can be computed by hand: nothing else
 * lives in a period created here.
 */
final class CoverageWorld {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CoverageWorld() {
    }

    /** A unique token for names, letters only so it folds to itself. */
    static String token() {
        long n = System.nanoTime() % 1_000_000L + SEQUENCE.incrementAndGet() * 1_000_000L;
        StringBuilder letters = new StringBuilder();
        for (; n > 0; n /= 26) {
            letters.append((char) ('a' + n % 26));
        }
        return "zq" + letters;
    }

    static long newPeriod(int startYear, int endYear) {
        String code = "COV-" + token();
        return Api.id(as("bdt").body(Map.of("code", code, "name", "Giai đoạn thử " + code, "startYear", startYear, "endYear", endYear))
                .post("/api/v1/periods").then().statusCode(201).extract());
    }

    /** A commune of the district with its flags for one period. */
    static long commune(long districtId, String name, long periodId, boolean especiallyDifficult) {
        return Api.id(as("admin").body(Map.of(
                        "parentId", districtId, "level", "commune", "code", "C" + token(), "name", name, "kind", "commune",
                        "flags", List.of(Map.of("periodId", periodId, "especiallyDifficult", especiallyDifficult,
                                "ethnicMinorityArea", true, "border", false))))
                .post("/api/v1/admin-units").then().statusCode(201).extract());
    }

    static long proposed(long organizationId, long periodId, long recipientId, String startDate, String endDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("periodId", periodId);
        body.put("recipientId", recipientId);
        body.put("startDate", startDate);
        body.put("endDate", endDate);
        body.put("documentNumber", SEQUENCE.incrementAndGet() + "/BB-KN-PS");
        body.put("signedOn", startDate);
        return Api.id(as("bdt").body(body).post("/api/v1/agreements").then().statusCode(201).extract());
    }

    static long active(long organizationId, long periodId, long recipientId, String startDate, String endDate) {
        long id = proposed(organizationId, periodId, recipientId, startDate, endDate);
        as("bdt").header("If-Match", Api.etagOf("bdt", "/api/v1/agreements/" + id)).post("/api/v1/agreements/" + id + "/activate")
                .then().statusCode(200);
        return id;
    }

    static void support(long agreementId, String date, long vnd) {
        as("bdt").body(Map.of("agreementId", agreementId, "supportDate", date, "categoryId", Fixtures.categoryId("MA-HOLIDAY-GIFTS"),
                        "description", "Quà thử độ bao phủ", "valueVnd", vnd, "form", "in_kind", "fundingSource", "own_budget"))
                .post("/api/v1/support-records").then().statusCode(201);
    }

    static void visit(long agreementId, String date) {
        as("bdt").body(Map.of("agreementId", agreementId, "visitDate", date, "participants", "Ban Dân tộc; UBND xã",
                        "findings", "Kiểm tra thử"))
                .post("/api/v1/monitoring-visits").then().statusCode(201);
    }

    /** An annual programme of the year with one item, left draft. */
    static long annualPlan(long agreementId, int year) {
        String plans = "/api/v1/agreements/" + agreementId + "/plans";
        long planId = Api.id(as("bdt").body(Map.of("kind", "annual", "year", year, "title", "Chương trình năm " + year))
                .post(plans).then().statusCode(201).extract());
        as("bdt").body(Map.of("categoryId", Fixtures.categoryId("PD-SEEDS-LIVESTOCK"), "description", "Bò giống",
                        "targetQuantity", 2, "unitOfMeasure", "con", "plannedVnd", 30_000_000L))
                .post(plans + "/" + planId + "/items").then().statusCode(201);
        return planId;
    }

    /** The receiving district agrees to the plan, as its user. */
    static void agree(String districtUser, long agreementId, long planId) {
        String path = "/api/v1/agreements/" + agreementId + "/plans/" + planId;
        as(districtUser).header("If-Match", Api.etagOf(districtUser, path)).body(Map.of("note", "Thống nhất"))
                .post(path + "/agree").then().statusCode(200);
    }
}
