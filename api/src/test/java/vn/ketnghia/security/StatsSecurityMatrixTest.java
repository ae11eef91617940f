package vn.ketnghia.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.ketnghia.testsupport.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ketnghia.document.Downloads;
import vn.ketnghia.testsupport.Api;
import vn.ketnghia.testsupport.Fixtures;

/**
 * The statistics with real tokens for every demo user and the district system: every signed-in role
 * reads them, each limited to its scope (the figures equal SQL over exactly the agreements it may
 * see); nobody signed out; and no method writes anything.
 */
@QuarkusTest
class StatsSecurityMatrixTest {

    private static final String INTEGRATION = "service-account-ketnghia-integration-namgiang";

    @Inject
    AgroalDataSource dataSource;

    /** What each user may see, as a condition on agreement a (empty: everything). */
    private static String scopeOf(String scope) {
        return switch (scope) {
            case "all" -> "true";
            case "510", "504" -> "a.district_id = " + Fixtures.districtId(scope);
            default -> "a.organization_id = " + Fixtures.organizationId(scope);
        };
    }

    private long[] sql(String condition) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select count(*), coalesce(sum(s.value_vnd), 0)"
                     + " from support_record s join agreement a on a.id = s.agreement_id where " + condition);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    @ParameterizedTest(name = "{0} reads support statistics of scope {1}")
    @CsvSource({"admin, all", "bdt, all", "lanhdao, all", "namgiang, 510", "taygiang, 504", "sonnptnt, SNNPTNT",
            "sotaichinh, STC", INTEGRATION + ", 510"})
    void supportInScope(String user, String scope) throws SQLException {
        long[] expected = sql(scopeOf(scope));
        io.restassured.path.json.JsonPath body = as(user).get("/api/v1/stats/support?groupBy=district").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(expected[0], body.getLong("total.records"));
        assertEquals(expected[1], body.getLong("total.valueVnd"));
        if (!scope.equals("all")) {
            org.junit.jupiter.api.Assertions.assertTrue(expected[0] > 0, "the demo gives " + user + " figures to see");
        }
        as(user).accept(Downloads.XLSX).get("/api/v1/stats/support?groupBy=year").then().statusCode(200)
                .contentType(Downloads.XLSX);
        as(user).get("/api/v1/stats/plans?groupBy=year").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} cannot write to the statistics")
    @CsvSource({"admin", "bdt", "lanhdao", "namgiang", "taygiang", "sonnptnt", "sotaichinh", INTEGRATION})
    void nobodyWrites(String user) throws SQLException {
        long before = count();
        for (String path : new String[] {"/api/v1/stats/support", "/api/v1/stats/plans"}) {
            as(user).body("{}").post(path).then().statusCode(405);
            as(user).header("If-Match", "*").body("{}").put(path).then().statusCode(405);
            as(user).header("If-Match", "*").delete(path).then().statusCode(405);
        }
        assertEquals(before, count(), "nothing changed");
    }

    @ParameterizedTest(name = "signed out: {0}")
    @CsvSource({"/api/v1/stats/support", "/api/v1/stats/plans"})
    void signedOutIsRefused(String path) {
        Api.anonymous().get(path).then().statusCode(401);
    }

    private long count() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select (select count(*) from support_stat)"
                     + " + (select count(*) from support_record)");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
