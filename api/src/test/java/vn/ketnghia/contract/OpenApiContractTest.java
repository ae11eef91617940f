package vn.ketnghia.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.yaml} at the repository root is the published contract: district systems and the
 * web client are generated from it. It must be exactly what the API serves.
 * {@code ./ketnghia openapi} rewrites it from the running code.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of(System.getProperty("ketnghia.repo.root", "..")).resolve("openapi.yaml");

    @Test
    void servedDocumentEqualsTheRepositoryFile() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("ketnghia.openapi.write")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), "openapi.yaml is missing; run ./ketnghia openapi");
        assertEquals(Files.readString(CONTRACT, StandardCharsets.UTF_8), served,
                "openapi.yaml differs from what the API serves; run ./ketnghia openapi and review the diff");
    }

    @Test
    void everyOperationIsDescribedAndSecured() {
        JsonPath doc = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> undocumented = new ArrayList<>();
        List<String> unsecured = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!(operation instanceof Map<?, ?>) || method.equals("parameters")) {
                return;
            }
            if (operation.get("summary") == null) {
                undocumented.add(method.toUpperCase() + " " + path);
            }
            if (operation.get("security") == null) {
                unsecured.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(paths.size() > 10, "the document lists the API's paths");
        assertEquals(List.of(), undocumented, "operations without a summary");
        assertEquals(List.of(), unsecured, "operations without a security requirement");
    }
}
