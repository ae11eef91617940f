package vn.ketnghia.stats;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every wrong parameter of the statistics is a 400 problem naming it, never a 500 or a silent default. */
@QuarkusTest
class StatsParametersTest {

    private static final String PROBLEM = "application/problem+json";

    @ParameterizedTest(name = "support refuses {0}")
    @ValueSource(strings = {
            "groupBy=nonsense", "groupBy=year,area,district", "groupBy=year,year", "groupBy=year,", "groupBy=Year",
            "partnerKind=ministry", "area=food", "fundingSource=loan", "form=cheque", "status=approved",
            "sort=size", "limit=0", "limit=1001", "limit=ten", "fromYear=2020&toYear=2019", "fromYear=1800",
            "districtId=abc", "categoryId=-1", "periodId=0"})
    void supportRefuses(String query) {
        String parameter = query.split("[=&]")[0];
        as("bdt").get("/api/v1/stats/support?" + query).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:ketnghia:problem:validation-failed"))
                .body("detail", not(containsString("Exception")))
                .body("errors.parameter", hasItem(parameter.equals("fromYear") && query.contains("toYear") ? "fromYear" : parameter));
    }

    @ParameterizedTest(name = "plans refuse {0}")
    @ValueSource(strings = {"groupBy=form", "groupBy=category", "groupBy=status", "groupBy=year,area,district",
            "year=2019&fromYear=2018", "year=12", "area=x"})
    void plansRefuse(String query) {
        as("bdt").get("/api/v1/stats/plans?" + query).then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:ketnghia:problem:validation-failed"));
    }

    @Test
    void everyDimensionIsAccepted() {
        for (StatsDimension dimension : StatsDimension.values()) {
            as("bdt").get("/api/v1/stats/support?groupBy=" + dimension.code).then().statusCode(200)
                    .body("groupBy", equalTo(java.util.List.of(dimension.code)));
        }
        for (StatsDimension dimension : StatsDimension.FOR_PLANS) {
            as("bdt").get("/api/v1/stats/plans?groupBy=" + dimension.code + ",year".replace(",year", dimension == StatsDimension.YEAR ? "" : ",year"))
                    .then().statusCode(200);
        }
    }

    @Test
    void anonymousIsRefused() {
        vn.ketnghia.testsupport.Api.anonymous().get("/api/v1/stats/support").then().statusCode(401);
        vn.ketnghia.testsupport.Api.anonymous().get("/api/v1/stats/plans").then().statusCode(401);
    }
}
