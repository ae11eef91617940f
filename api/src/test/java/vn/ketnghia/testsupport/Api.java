package vn.ketnghia.testsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** REST Assured requests as a demo user, with that user's real Keycloak token. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.accessToken(username))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** GET as the user and return the ETag, asserting the read succeeded. */
    public static String etagOf(String username, String path) {
        return as(username).get(path).then().statusCode(200).extract().header("ETag");
    }

    public static long id(ExtractableResponse<Response> created) {
        return created.jsonPath().getLong("id");
    }
}
