package jp.go.jisso.common;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import jp.go.jisso.support.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class BadParameterTest extends ApiTest {

    @ParameterizedTest(name = "{0}={1} is a 400 naming {0}")
    @CsvSource({"size,-1", "size,0", "size,100000", "size,ten", "page,0", "page,abc", "fy,abc", "fy,2017", "fy,99999999999",
            "technology,FLYING_CAR", "prefecture,48", "prefecture,hokkaido", "status,DONE", "sort,colour", "sort,-"})
    void malformedQueryParameterIsAProblemNamingTheParameter(String parameter, String value) {
        as("cao").queryParam(parameter, value).get("/api/projects").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("code", equalTo("INVALID_PARAMETER"))
                .body("detail", containsString(parameter))
                .body("errors[0].field", equalTo(parameter));
    }

    @ParameterizedTest
    @CsvSource({"/api/projects/abc", "/api/projects/99999999", "/api/nothing-here"})
    void unknownPathsAreProblemJsonNotFound(String path) {
        as("cao").get(path).then().statusCode(404).contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @ParameterizedTest
    @CsvSource({"kind,SPACESHIP", "size,101"})
    void organisationListRejectsBadParameters(String parameter, String value) {
        as("cao").queryParam(parameter, value).get("/api/organisations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo(parameter));
    }
}
