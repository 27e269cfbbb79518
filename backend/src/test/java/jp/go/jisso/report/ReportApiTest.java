package jp.go.jisso.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jp.go.jisso.support.ApiTest;

/** Helpers of the report API tests. GreenMail is started for the whole run (restrictToAnnotatedClass = false). */
@QuarkusTestResource(value = GreenMailResource.class, restrictToAnnotatedClass = false)
abstract class ReportApiTest extends ApiTest {

    static final String PROGRESS = """
            {"progress":{"results":"自動運転バスの実証運行を2路線で実施した。","milestones":[
              {"name":"実証運行（第1期）","plannedStart":"2026-04-01","plannedEnd":"2026-09-30","actualStart":"2026-04-10","status":"ON_TRACK"},
              {"name":"住民説明会","plannedEnd":"2026-06-30","actualEnd":"2026-06-20","status":"ON_TRACK","note":"3地区で実施"}],
             "kpis":[{"name":"実証運行の利用者数","unit":"人","baseline":0,"targets":[{"fy":2026,"value":1200},{"fy":2027,"value":3000}],"actual":412.5}],
             "nextPlan":"第2期の路線を選定する。"}}""";

    @Inject
    ReportTestData data;

    static long projectId(int fy, int number) {
        return as("cao").queryParam("fy", fy).queryParam("size", 100).get("/api/projects")
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.number == " + number + " }.id");
    }

    static String etag(String user, long id) {
        return as(user).get("/api/reports/sheets/" + id).then().statusCode(200).extract().header("ETag");
    }

    static Response save(String user, long id, String body) {
        return as(user).contentType(ContentType.JSON).header("If-Match", etag(user, id)).body(body)
                .put("/api/reports/sheets/" + id + "/content");
    }

    static Response post(String user, long id, String action, String body) {
        return as(user).contentType(ContentType.JSON).header("If-Match", etag(user, id)).body(body)
                .post("/api/reports/sheets/" + id + "/" + action);
    }
}
