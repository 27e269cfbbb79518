package jp.go.jisso.organisation;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import jp.go.jisso.support.ApiTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationRegistryTest extends ApiTest {

    static Response create(String body) {
        return as("cao").contentType(ContentType.JSON).body(body).post("/api/organisations");
    }

    static String company(String code) {
        return "{\"code\":\"" + code + "\",\"kind\":\"COMPANY\",\"nameJa\":\"テスト株式会社\",\"nameEn\":\"Test Co.\"}";
    }

    @Test
    void cabinetOfficeRegistersAMunicipalityWithItsPrefecture() {
        long miyagi = as("cao").queryParam("q", "040002").get("/api/organisations").then().extract().jsonPath().getLong("items[0].id");
        // 石巻市 04202 → check digit 3
        String ishinomaki = "{\"code\":\"042021\",\"kind\":\"MUNICIPALITY\",\"nameJa\":\"石巻市\",\"nameEn\":\"Ishinomaki City\",\"parentId\":" + miyagi + "}";
        create(ishinomaki.replace("042021", "042022"))
                .then().statusCode(400).body("errors.field", hasItem("code")).body("errors.code", hasItem("LG_CODE_CHECK_DIGIT"));
        create(ishinomaki).then().statusCode(201).body("parent.code", equalTo("040002"));
        create(ishinomaki.replace("042021", "012106")).then().statusCode(400).body("errors.code", hasItem("PARENT_PREFECTURE_MISMATCH"));
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingIsSaved() {
        long before = as("cao").get("/api/organisations").then().extract().jsonPath().getLong("totalItems");
        create("{\"code\":\"123\",\"kind\":\"MUNICIPALITY\",\"nameJa\":\"\",\"nameEn\":\"" + "x".repeat(201) + "\"}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("code", "nameJa", "nameEn", "parentId"));
        create("{\"code\":\"co-x\",\"kind\":\"SPACESHIP\",\"nameJa\":\"x\",\"nameEn\":\"x\"}")
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        as("cao").get("/api/organisations").then().body("totalItems", equalTo((int) before));
    }

    @Test
    void aDuplicateCodeIsAConflictNamingTheExistingRecord() {
        create("{\"code\":\"012106\",\"kind\":\"MUNICIPALITY\",\"nameJa\":\"岩見沢市\",\"nameEn\":\"Iwamizawa\",\"parentId\":"
                + as("cao").queryParam("q", "010006").get("/api/organisations").then().extract().jsonPath().getLong("items[0].id") + "}")
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("岩見沢市"));
    }

    @Test
    void malformedBodiesAreProblems() {
        as("cao").contentType(ContentType.JSON).body("{not json").post("/api/organisations")
                .then().statusCode(400).contentType("application/problem+json").body("code", equalTo("MALFORMED_BODY"));
        as("cao").contentType(ContentType.JSON).body("{\"code\":\"co-u\",\"kind\":\"COMPANY\",\"nameJa\":\"a\",\"nameEn\":\"a\",\"colour\":\"red\"}")
                .post("/api/organisations").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("colour"));
        as("cao").contentType(ContentType.TEXT).body("code=x").post("/api/organisations")
                .then().statusCode(415).contentType("application/problem+json");
        as("cao").contentType(ContentType.JSON).post("/api/organisations")
                .then().statusCode(400).contentType("application/problem+json");
        // something after the document, or a repeated key: refused, not half-read
        as("cao").contentType(ContentType.JSON).body(company("co-trailing") + " x").post("/api/organisations")
                .then().statusCode(400).contentType("application/problem+json");
        as("cao").contentType(ContentType.JSON).body(company("co-twice") + company("co-twice")).post("/api/organisations")
                .then().statusCode(400);
        as("cao").contentType(ContentType.JSON).body(company("co-dupkey").replace("{", "{\"code\":\"co-other\",")).post("/api/organisations")
                .then().statusCode(400);
        as("cao").queryParam("q", "co-").get("/api/organisations").then()
                .body("items.code", not(hasItems("co-trailing", "co-twice", "co-dupkey", "co-other")));
    }

    @Test
    void bodiesInAnotherMediaTypeAreRefusedAndNothingIsSaved() {
        for (String type : new String[] {"application/x-www-form-urlencoded", "application/xml", "text/plain"}) {
            as("cao").contentType(type).body(company("co-form")).post("/api/organisations")
                    .then().statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        }
        as("cao").queryParam("q", "co-form").get("/api/organisations").then().body("totalItems", equalTo(0));
    }

    @Test
    void aBrokenBodyExplainsWhatToCheck() {
        as("cao").contentType(ContentType.JSON).body("{\"code\":\"x-co\",").post("/api/organisations")
                .then().statusCode(400).body("code", equalTo("MALFORMED_BODY")).body("detail", not(equalTo("HTTP 400 Bad Request")))
                .body("detail", containsString("JSON"));
    }

    @Test
    void ifMatchStarAcceptsWhateverVersionIsCurrent() {
        long id = create(company("co-star")).then().statusCode(201).extract().jsonPath().getLong("id");
        as("cao").contentType(ContentType.JSON).header("If-Match", "*").body(company("co-star").replace("Test Co.", "Star Co."))
                .put("/api/organisations/" + id).then().statusCode(200).body("nameEn", equalTo("Star Co."));
    }

    @Test
    void onlyTheCabinetOfficeWrites() {
        for (String user : new String[] {"officer", "iwamizawa", "company", "ministry.maff", "service-account-ministry-script-mlit"}) {
            as(user).contentType(ContentType.JSON).body(company("co-nope")).post("/api/organisations")
                    .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void twoEditorsWithTheSameVersionCannotBothWin() {
        Response created = create(company("co-race"));
        created.then().statusCode(201).header("Location", containsString("/api/organisations/")).header("ETag", notNullValue());
        long id = created.jsonPath().getLong("id");
        String etag = as("cao").get("/api/organisations/" + id).then().statusCode(200).extract().header("ETag");

        as("cao").contentType(ContentType.JSON).header("If-Match", etag)
                .body(company("co-race").replace("テスト株式会社", "先に保存した名前")).put("/api/organisations/" + id)
                .then().statusCode(200).header("ETag", not(equalTo(etag)));
        as("cao").contentType(ContentType.JSON).header("If-Match", etag)
                .body(company("co-race").replace("テスト株式会社", "後から保存した名前")).put("/api/organisations/" + id)
                .then().statusCode(412).body("code", equalTo("PRECONDITION_FAILED")).body("currentVersion", equalTo(1));
        as("cao").get("/api/organisations/" + id).then().body("nameJa", equalTo("先に保存した名前"));

        as("cao").contentType(ContentType.JSON).body(company("co-race")).put("/api/organisations/" + id)
                .then().statusCode(428).body("code", equalTo("PRECONDITION_REQUIRED"));
    }

    @Test
    void createUpdateAndDeleteAreInTheHistory() {
        long id = create(company("co-hist")).then().statusCode(201).extract().jsonPath().getLong("id");
        as("cao").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(company("co-hist").replace("Test Co.", "Test Company")).put("/api/organisations/" + id).then().statusCode(200);
        as("iwamizawa").get("/api/organisations/" + id + "/history").then().statusCode(200)
                .body("action", contains("UPDATE", "CREATE"))
                .body("[0].actorUsername", equalTo("cao"))
                .body("[0].changes.nameEn.before", equalTo("Test Co."))
                .body("[0].changes.nameEn.after", equalTo("Test Company"))
                .body("[0].changes", not(hasKey("code")));
        as("cao").header("If-Match", "\"1\"").delete("/api/organisations/" + id).then().statusCode(204);
        as("cao").get("/api/organisations/" + id).then().statusCode(404);
    }

    @Test
    void anOrganisationInUseCannotBeDeleted() {
        long iwamizawa = as("cao").queryParam("q", "012106").get("/api/organisations").then().extract().jsonPath().getLong("items[0].id");
        String etag = as("cao").get("/api/organisations/" + iwamizawa).then().extract().header("ETag");
        as("cao").header("If-Match", etag).delete("/api/organisations/" + iwamizawa).then().statusCode(409)
                .body("code", equalTo("CONFLICT"));
    }

    @Test
    void exportsCsvWithBomAndXlsx() {
        byte[] csv = as("cao").queryParam("kind", "PREFECTURE").queryParam("format", "csv").get("/api/organisations/export")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).startsWith("\uFEFFID,コード,種別,名称");
        org.assertj.core.api.Assertions.assertThat(text.split("\r\n")).hasSize(48);
        byte[] xlsx = as("cao").queryParam("format", "xlsx").get("/api/organisations/export")
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();
        org.assertj.core.api.Assertions.assertThat(xlsx).startsWith(new byte[] {'P', 'K'});
    }
}
