package vn.ketnghia.joining;

import static vn.ketnghia.testsupport.Api.as;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * Hand-built worlds for the joining tests: a programme period of their own (so the especially-difficult
 * communes of the period, and who has a partner there, are exactly what the test made) and communes
 * flagged in it.
 */
public final class JoiningFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private JoiningFixtures() {
    }

    /** A new programme period 2031–2035 with a unique code, created by the province. */
    public static long newPeriod() {
        String code = "J" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
        return Api.id(as("bdt").body(Map.of("code", code, "name", "Giai đoạn thử " + code, "startYear", 2031, "endYear", 2035,
                        "legalBasis", "Chỉ thị số 23-CT/TU ngày 22/10/2012 của Tỉnh ủy Quảng Nam"))
                .post("/api/v1/periods").then().statusCode(201).extract());
    }

    /** A commune of the district (id), flagged especially difficult in the period or not. */
    public static long newCommune(long districtId, String name, long periodId, boolean especiallyDifficult, boolean border) {
        String code = "TJ" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
        return Api.id(as("admin").body(Map.of(
                        "parentId", districtId, "level", "commune", "code", code, "name", name, "kind", "commune",
                        "flags", List.of(Map.of("periodId", periodId, "especiallyDifficult", especiallyDifficult,
                                "ethnicMinorityArea", true, "border", border))))
                .post("/api/v1/admin-units").then().statusCode(201).extract());
    }

    public static long newCommune(String districtCode, String name, long periodId) {
        return newCommune(Fixtures.districtId(districtCode), name, periodId, true, false);
    }

    /** An agreement of the period from 2031-03-01, proposed, or activated as well. */
    public static long agreement(long organizationId, long recipientId, long periodId, boolean active) {
        Map<String, Object> body = new HashMap<>();
        body.put("organizationId", organizationId);
        body.put("periodId", periodId);
        body.put("recipientId", recipientId);
        body.put("startDate", "2031-03-01");
        body.put("documentNumber", "TJ" + SEQUENCE.incrementAndGet() + "/BB-KN");
        long id = Api.id(as("bdt").body(body).post("/api/v1/agreements").then().statusCode(201).extract());
        if (active) {
            String etag = Api.etagOf("bdt", "/api/v1/agreements/" + id);
            as("bdt").header("If-Match", etag).post("/api/v1/agreements/" + id + "/activate").then().statusCode(200);
        }
        return id;
    }

    public static Map<String, Object> invitationBody(long periodId, List<Long> organizationIds) {
        return Map.of("periodId", periodId, "organizationIds", organizationIds,
                "replyBy", LocalDate.now().plusDays(30).toString(), "message", "Mong quý cơ quan quan tâm.", "documentNumber", "312");
    }

    /** Invites one organisation and returns the invitation's id. */
    public static long invite(long periodId, long organizationId) {
        List<Integer> ids = as("bdt").body(invitationBody(periodId, List.of(organizationId)))
                .post("/api/v1/invitations").then().statusCode(201).extract().jsonPath().getList("id");
        return ids.getFirst();
    }

    public static Map<String, Object> registrationBody(Long organizationId, long periodId, List<Long> communeIds) {
        Map<String, Object> body = new HashMap<>();
        if (organizationId != null) {
            body.put("organizationId", organizationId);
        }
        body.put("periodId", periodId);
        body.put("communeIds", communeIds);
        body.put("supportAreas", List.of("production", "material"));
        body.put("commitment", "Hỗ trợ giống cây trồng, tập huấn kỹ thuật và quà Tết cho hộ nghèo");
        body.put("proposedStartDate", "2031-06-01");
        body.put("contactName", "Trần Văn Bình");
        body.put("contactTitle", "Phó Chánh Văn phòng");
        body.put("contactPhone", "0235 3812 345");
        body.put("contactEmail", "binh@example.vn");
        return body;
    }

    /** A submitted registration, made by {@code user} (the province names the organisation; a unit leaves it out). */
    public static long register(String user, Long organizationId, long periodId, List<Long> communeIds) {
        return Api.id(as(user).body(registrationBody(organizationId, periodId, communeIds))
                .post("/api/v1/registrations").then().statusCode(201).extract());
    }
}
