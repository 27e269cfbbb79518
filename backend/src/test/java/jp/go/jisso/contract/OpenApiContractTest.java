package jp.go.jisso.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.go.jisso.support.ApiTest;
import org.junit.jupiter.api.Test;

/**
 * The committed ../openapi.yaml is the API contract that ministries and the SPA generate
 * clients from: it must equal what the code produces. Rewrite it with `make openapi`
 * (this test with -Dopenapi.write=true).
 */
@QuarkusTest
class OpenApiContractTest extends ApiTest {

    static final Path CONTRACT = Path.of("..", "openapi.yaml");

    @Test
    void committedContractEqualsTheGeneratedDocument() throws Exception {
        String generated = RestAssured.given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(CONTRACT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT)).as("openapi.yaml exists at the repository root (run make openapi)").isTrue();
        assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
                .as("openapi.yaml is out of date: run `make openapi` and commit it")
                .isEqualTo(generated);
    }
}
