package vn.ketnghia.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page of a list costs a constant number of SQL statements, whatever its size: no N+1. The demo
 * data gives every list enough rows to fill a page of 100.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    SessionFactory sessionFactory;

    @ParameterizedTest(name = "{0} as {1}: at most {2} statements")
    @CsvSource({
            "/api/v1/agreements?size=100,                bdt,      4",
            "/api/v1/agreements?size=100,                namgiang, 4",
            "/api/v1/support-records?size=100,           bdt,      4",
            "/api/v1/support-records?size=100,           sonnptnt, 4",
            "/api/v1/monitoring-visits?size=100,         bdt,      5",
            "/api/v1/action-points?size=100,             bdt,      4",
            "/api/v1/admin-units?size=100,               bdt,      6",
            "/api/v1/admin-units/tree,                   bdt,      4",
            "/api/v1/organizations?size=100,             bdt,      4",
            "/api/v1/support-categories?size=100,        bdt,      3",
            "/api/v1/needs?size=100,                     bdt,      4",
            "/api/v1/needs?size=100,                     sonnptnt, 4"})
    void aPageCostsAConstantNumberOfStatements(String path, String user, int limit) {
        as(user).get(path).then().statusCode(200);
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        int rows = as(user).get(path).then().statusCode(200).extract().jsonPath()
                .getList(path.contains("/tree") ? "$" : "items").size();
        long statements = statistics.getPrepareStatementCount();
        assertTrue(rows > 0, path + " returned rows");
        assertTrue(statements <= limit, path + " ran " + statements + " statements for " + rows + " rows");
    }

    @ParameterizedTest(name = "plans of an agreement with items: at most {0} statements")
    @CsvSource({"6"})
    void plansOfAnAgreement(int limit) {
        long agreementId = as("sonnptnt").get("/api/v1/agreements?status=active").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        int plans = as("sonnptnt").get("/api/v1/agreements/" + agreementId + "/plans").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
        long statements = statistics.getPrepareStatementCount();
        assertTrue(plans > 1, "the demo agreement has plans");
        assertTrue(statements <= limit, "plans ran " + statements + " statements for " + plans + " plans");
    }
}
