package vn.ketnghia.common;

import static org.hamcrest.Matchers.containsString;
import static vn.ketnghia.testsupport.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The portal runs on another origin; what its scripts may read of a response is decided here. */
@QuarkusTest
class CorsTest {

    @Test
    void thePortalMayReadVersionsLocationsAndDownloadNames() {
        as("bdt").header("Origin", "http://localhost:5173").get("/api/v1/reporting-regimes")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("Content-Disposition"));
    }
}
