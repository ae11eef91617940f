package vn.ketnghia.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * The yearly aggregate support_stat stays exactly equal to the raw sums of support_record whatever
 * happens to the records: a seeded random sequence of creations, edits (value, date across years,
 * category, form, funding source, beneficiaries) and deletions through the API, and single- and
 * multi-row inserts, updates (status, agreement, date) and deletes straight in SQL. After every few
 * steps the support_stat_drift view (aggregate vs raw, key by key) must be empty, and at the end the
 * endpoint must equal SQL sums over support_record.
 */
@QuarkusTest
class SupportStatExactnessTest {

    private static final String[] CATEGORIES = {"MA-HOLIDAY-GIFTS", "MA-HOUSING", "PD-SEEDS-LIVESTOCK", "PD-WET-RICE",
            "SP-SCHOOLING", "SP-EXCHANGE"};
    private static final String[] FORMS = {"cash", "in_kind"};
    private static final String[] SOURCES = {"own_budget", "staff_contributions", "mobilised_enterprise", "other"};

    @Inject
    AgroalDataSource dataSource;

    private final Random random = new Random(20261127L);
    private final List<Long> recorded = new ArrayList<>();

    @Test
    void aggregateEqualsRawSumsAfterRandomChanges() throws SQLException {
        assertNoDrift("after the migration's backfill and the demo data");

        long district = Fixtures.newDistrict("Huyện Kiểm Tra Tổng Hợp");
        String code = as("bdt").get("/api/v1/admin-units/" + district).then().statusCode(200).extract().path("code");
        List<Long> agreements = new ArrayList<>();
        List<Long> organizations = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long commune = Fixtures.newCommune(code, "Xã Kiểm Tra " + i);
            long organization = Fixtures.newOrganization("Đơn vị Kiểm Tra " + i, i == 0 ? "department" : "enterprise");
            organizations.add(organization);
            agreements.add(Fixtures.openEndedAgreement(organization, commune, "2021-01-01"));
        }
        String scope = "a.district_id = " + district;

        for (int step = 1; step <= 80; step++) {
            int choice = recorded.isEmpty() ? 0 : random.nextInt(10);
            switch (choice) {
                case 0, 1, 2 -> recorded.add(create(pick(agreements)));
                case 3, 4 -> update(pick(recorded), pick(agreements));
                case 5 -> delete(recorded.remove(random.nextInt(recorded.size())));
                case 6 -> confirmInSql(recorded.remove(random.nextInt(recorded.size())));
                case 7 -> StatsSql.execute(dataSource, "update support_record set value_vnd = value_vnd + " + (1 + random.nextInt(999))
                        + ", support_date = support_date - 366, beneficiary_people = coalesce(beneficiary_people, 0) + 1"
                        + " where agreement_id = " + pick(agreements) + " and support_date >= date '2022-01-01'");
                case 8 -> StatsSql.execute(dataSource, "update support_record set agreement_id = " + pick(agreements)
                        + ", category_id = (select id from support_category where code = '" + CATEGORIES[random.nextInt(CATEGORIES.length)]
                        + "') where id = " + pick(recorded));
                default -> {
                    // a multi-row insert whose rows share keys with each other and with existing rows, then a multi-row delete
                    StatsSql.execute(dataSource, "insert into support_record (agreement_id, support_date, category_id, description,"
                            + " value_vnd, form, funding_source, enterprise_name, beneficiary_households, status, confirmed_at, created_at,"
                            + " created_by, updated_at, updated_by) select agreement_id, support_date, category_id, description,"
                            + " value_vnd + 7, form, funding_source, enterprise_name, beneficiary_households, status, confirmed_at,"
                            + " now(), 'test', now(), 'test'"
                            + " from support_record where agreement_id in (" + join(agreements) + ") and created_by <> 'test'");
                    StatsSql.execute(dataSource, "delete from support_record where agreement_id in (" + join(agreements) + ")"
                            + " and created_by = 'test' and value_vnd % 2 = 0");
                }
            }
            if (step % 8 == 0) {
                assertNoDrift("after step " + step);
            }
        }
        // catalogue changes need nothing: partner kind, area, district and province are joined at query time
        StatsSql.execute(dataSource, "update organization set kind = 'mass_organization' where id = " + organizations.get(1));
        assertNoDrift("at the end");

        long records = StatsSql.single(dataSource, "select count(*) from support_record s join agreement a on a.id = s.agreement_id where " + scope);
        assertTrue(records > 20, "the sequence left records to sum: " + records);
        for (String grouping : List.of("", "year", "commune", "organization", "partnerKind", "category", "area", "form",
                "fundingSource", "status", "year,category", "organization,status")) {
            JsonPath body = as("bdt").get("/api/v1/stats/support?districtId=" + district + "&groupBy=" + grouping)
                    .then().statusCode(200).extract().jsonPath();
            Map<String, List<Long>> expected = StatsSql.expected(dataSource,
                    grouping.isEmpty() ? List.of() : List.of(grouping.split(",")), scope);
            assertEquals(expected, StatsSql.actual(body), grouping);
            assertEquals(StatsSql.sum(expected), StatsSql.total(body), grouping);
        }
    }

    /** Deleting every record of a key removes the key: the aggregate has no empty groups. */
    @Test
    void keysWithoutRecordsDisappear() throws SQLException {
        long commune = Fixtures.newCommune(Fixtures.TAY_GIANG, "Xã Không Còn Bản Ghi");
        long agreement = Fixtures.openEndedAgreement(Fixtures.organizationId(Fixtures.SO_TC), commune, "2021-01-01");
        long id = create(agreement);
        assertEquals(1, StatsSql.single(dataSource, "select count(*) from support_stat where agreement_id = " + agreement));
        delete(id);
        assertEquals(0, StatsSql.single(dataSource, "select count(*) from support_stat where agreement_id = " + agreement));
        assertEquals(List.of(), as("bdt").get("/api/v1/stats/support?communeId=" + commune + "&groupBy=year")
                .then().statusCode(200).extract().jsonPath().getList("rows"));
        assertNoDrift("after deleting the only record of a key");
    }

    private void assertNoDrift(String when) throws SQLException {
        assertEquals(0, StatsSql.single(dataSource, "select count(*) from support_stat_drift"), "support_stat drifted " + when);
    }

    private long create(long agreement) {
        return Api.id(as("bdt").body(body(agreement)).post("/api/v1/support-records").then().statusCode(201).extract());
    }

    private void update(long id, long agreement) {
        String etag = Api.etagOf("bdt", "/api/v1/support-records/" + id);
        as("bdt").header("If-Match", etag).body(body(agreement)).put("/api/v1/support-records/" + id).then().statusCode(200);
    }

    private void delete(long id) {
        String etag = Api.etagOf("bdt", "/api/v1/support-records/" + id);
        as("bdt").header("If-Match", etag).delete("/api/v1/support-records/" + id).then().statusCode(204);
    }

    private void confirmInSql(long id) throws SQLException {
        StatsSql.execute(dataSource, "update support_record set status = 'confirmed', confirmed_at = now(), confirmed_by = 'test'"
                + " where id = " + id);
    }

    private Map<String, Object> body(long agreement) {
        Map<String, Object> body = new HashMap<>(Fixtures.supportRecordBody(agreement));
        body.put("supportDate", (2021 + random.nextInt(5)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
        body.put("categoryId", Fixtures.categoryId(CATEGORIES[random.nextInt(CATEGORIES.length)]));
        body.put("valueVnd", 1_000_000L * (1 + random.nextInt(90)) + random.nextInt(1000));
        body.put("form", FORMS[random.nextInt(FORMS.length)]);
        String source = SOURCES[random.nextInt(SOURCES.length)];
        body.put("fundingSource", source);
        if (source.equals("mobilised_enterprise")) {
            body.put("enterpriseName", "Công ty Kiểm Tra");
        }
        body.put("beneficiaryHouseholds", random.nextInt(40));
        if (random.nextBoolean()) {
            body.put("beneficiaryStudents", random.nextInt(100));
        }
        return body;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
