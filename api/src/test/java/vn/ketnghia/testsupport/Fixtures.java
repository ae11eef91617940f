package vn.ketnghia.testsupport;

import static vn.ketnghia.testsupport.Api.as;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds the objects a test needs through the public API, as the users who would create them. The
 * catalogue rows named by the demo users' tokens (districts 510 and 504, organisations SNNPTNT and
 * STC) come from the demo data the tests load; every test makes its own communes and agreements so
 * tests never depend on each other's changes.
 */
public final class Fixtures {

    public static final String NAM_GIANG = "510";
    public static final String TAY_GIANG = "504";
    public static final String SO_NN = "SNNPTNT";
    public static final String SO_TC = "STC";
    public static final String PERIOD = "2016-2020";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Fixtures() {
    }

    public static long districtId(String code) {
        return idByCode("/api/v1/admin-units?level=district&size=100", code);
    }

    public static long organizationId(String code) {
        return idByCode("/api/v1/organizations?size=100&q=" + code, code);
    }

    public static long periodId(String code) {
        return idByCode("/api/v1/periods?size=100", code);
    }

    public static long categoryId(String code) {
        return idByCode("/api/v1/support-categories?size=100", code);
    }

    private static long idByCode(String path, String code) {
        List<Map<String, Object>> items = as("bdt").get(path).then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(i -> code.equals(i.get("code"))).findFirst()
                .map(i -> ((Number) i.get("id")).longValue())
                .orElseThrow(() -> new IllegalStateException("No catalogue row with code " + code + " at " + path));
    }

    /** A new, especially-difficult commune in the district, created by the administrator. */
    public static long newCommune(String districtCode, String name) {
        // Not built from the district's code: with a test district's code ("D12-34567") it outgrew the 20
        // characters admin_unit.code allows once enough fixtures had run before.
        String code = "C" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
        return Api.id(as("admin").body(Map.of(
                        "parentId", districtId(districtCode), "level", "commune", "code", code, "name", name, "kind", "commune",
                        "flags", List.of(Map.of("periodId", periodId(PERIOD), "especiallyDifficult", true,
                                "ethnicMinorityArea", true, "border", false))))
                .post("/api/v1/admin-units").then().statusCode(201).extract());
    }

    public static Map<String, Object> agreementBody(String organizationCode, long recipientId) {
        return Map.of("organizationId", organizationId(organizationCode), "periodId", periodId(PERIOD),
                "recipientId", recipientId, "startDate", "2016-03-01", "endDate", "2020-12-31",
                "documentNumber", "T" + SEQUENCE.incrementAndGet() + "/BB-KN", "signedOn", "2016-03-01",
                "focalOfficerName", "Nguyễn Văn Thử");
    }

    /** A proposed agreement, created by the province. */
    public static long proposedAgreement(String organizationCode, long recipientId) {
        return Api.id(as("bdt").body(agreementBody(organizationCode, recipientId))
                .post("/api/v1/agreements").then().statusCode(201).extract());
    }

    /** A signed, active agreement, created and activated by the province. */
    public static long activeAgreement(String organizationCode, long recipientId) {
        long id = proposedAgreement(organizationCode, recipientId);
        String etag = Api.etagOf("bdt", "/api/v1/agreements/" + id);
        as("bdt").header("If-Match", etag).post("/api/v1/agreements/" + id + "/activate").then().statusCode(200);
        return id;
    }

    public static Map<String, Object> supportRecordBody(long agreementId) {
        return Map.of("agreementId", agreementId, "supportDate", "2017-01-20", "categoryId", categoryId("MA-HOLIDAY-GIFTS"),
                "description", "Tặng quà Tết cho hộ nghèo", "quantity", 50, "unitOfMeasure", "suất quà",
                "valueVnd", 25_000_000L, "form", "in_kind", "fundingSource", "staff_contributions",
                "beneficiaryHouseholds", 50);
    }

    public static long supportRecord(long agreementId) {
        return Api.id(as("bdt").body(supportRecordBody(agreementId))
                .post("/api/v1/support-records").then().statusCode(201).extract());
    }

    public static Map<String, Object> visitBody(long agreementId) {
        return Map.of("agreementId", agreementId, "visitDate", "2017-06-12",
                "participants", "Sở NN&PTNT; UBND xã", "findings", "Mô hình phát triển tốt");
    }

    public static long visit(long agreementId) {
        return Api.id(as("bdt").body(visitBody(agreementId))
                .post("/api/v1/monitoring-visits").then().statusCode(201).extract());
    }

    /** An annual programme for 2017 with one item, still draft. */
    public static long planWithItem(long agreementId) {
        String plans = "/api/v1/agreements/" + agreementId + "/plans";
        long planId = Api.id(as("bdt").body(Map.of("kind", "annual", "year", 2017, "title", "Chương trình năm 2017"))
                .post(plans).then().statusCode(201).extract());
        as("bdt").body(Map.of("categoryId", categoryId("PD-SEEDS-LIVESTOCK"), "description", "Hỗ trợ bò giống",
                        "targetQuantity", 10, "unitOfMeasure", "con", "plannedVnd", 150_000_000L))
                .post(plans + "/" + planId + "/items").then().statusCode(201);
        return planId;
    }

    /** A new mountainous district of the province, created by the administrator, with no agreements yet. */
    public static long newDistrict(String name) {
        long province = idOfOnly("/api/v1/admin-units?level=province&size=100");
        String code = "D" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
        return Api.id(as("admin").body(Map.of("parentId", province, "level", "district", "code", code, "name", name,
                        "kind", "district", "terrain", "mountainous"))
                .post("/api/v1/admin-units").then().statusCode(201).extract());
    }

    private static long idOfOnly(String path) {
        List<Map<String, Object>> items = as("bdt").get(path).then().statusCode(200).extract().jsonPath().getList("items");
        return ((Number) items.getFirst().get("id")).longValue();
    }

    /** A new partner organisation of the given kind (department, enterprise, ...), created by the administrator. */
    public static long newOrganization(String name, String kind) {
        String code = "ORG" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
        return Api.id(as("admin").body(Map.of("code", code, "name", name, "kind", kind))
                .post("/api/v1/organizations").then().statusCode(201).extract());
    }

    /** A proposed agreement of period 2021-2025 from {@code startDate} with no end date, so it overlaps every later window. */
    public static long openEndedProposedAgreement(long organizationId, long recipientId, String startDate) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("organizationId", organizationId);
        body.put("periodId", periodId("2021-2025"));
        body.put("recipientId", recipientId);
        body.put("startDate", startDate);
        body.put("documentNumber", "T" + SEQUENCE.incrementAndGet() + "/BB-KN");
        body.put("signedOn", startDate);
        return Api.id(as("bdt").body(body).post("/api/v1/agreements").then().statusCode(201).extract());
    }

    /** Like {@link #openEndedProposedAgreement}, then activated. */
    public static long openEndedAgreement(long organizationId, long recipientId, String startDate) {
        long id = openEndedProposedAgreement(organizationId, recipientId, startDate);
        String etag = Api.etagOf("bdt", "/api/v1/agreements/" + id);
        as("bdt").header("If-Match", etag).post("/api/v1/agreements/" + id + "/activate").then().statusCode(200);
        return id;
    }
}
