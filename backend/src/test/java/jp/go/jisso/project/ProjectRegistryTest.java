package jp.go.jisso.project;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import jp.go.jisso.support.ApiTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class ProjectRegistryTest extends ApiTest {

    /** The projects made here (FY2030) go again, so other tests keep counting the 38 real ones. */
    @AfterEach
    void removeTestProjects() {
        QuarkusTransaction.requiringNew().run(() -> Project.<Project>list("selectionFy >= 2030").forEach(p -> {
            ProjectAssignment.delete("project", p);
            p.delete();
        }));
    }

    static long orgId(String code) {
        return as("cao").queryParam("q", code).get("/api/organisations").then().extract().jsonPath().getLong("items[0].id");
    }

    static String projectJson(int fy, int number, String title, String technologies, String stage) {
        return "{\"selectionFy\":" + fy + ",\"number\":" + number + ",\"title\":\"" + title + "\",\"applicantIds\":["
                + orgId("121002") + "],\"technologies\":[" + technologies + "],\"implementationStage\":\"" + stage + "\"}";
    }

    static Response createProject(int fy, int number) {
        return as("cao").contentType(ContentType.JSON).body(projectJson(fy, number, "テスト事業", "\"AI\",\"DRONE\"", "NONE"))
                .post("/api/projects");
    }

    static String etag(String user, String path) {
        return as(user).get(path).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void cabinetOfficeRegistersAProjectWithDerivedTargets() {
        Response r = createProject(2030, 1);
        r.then().statusCode(201).header("Location", containsString("/api/projects/"))
                .body("status", equalTo("SELECTED"))
                .body("supportStart", equalTo("2030-04-01"))
                .body("supportPlannedEnd", equalTo("2033-03-31"))
                .body("fullImplementationTarget", equalTo("2035-03-31"))
                .body("technologies", contains("AI", "DRONE"))
                .body("health.flag", equalTo("ON_TRACK"));
        createProject(2030, 1).then().statusCode(409).body("code", equalTo("CONFLICT"));
        // registered for 千葉市: other local governments do not see it
        as("sendai").get("/api/projects/" + r.jsonPath().getLong("id")).then().statusCode(404);
    }

    @Test
    void badInputListsEveryFieldAndSavesNothing() {
        as("cao").contentType(ContentType.JSON)
                .body("{\"selectionFy\":2017,\"number\":0,\"title\":\"" + "長".repeat(301) + "\",\"applicantIds\":[999999,"
                        + orgId("mlit") + "],\"technologies\":[\"AI\",\"テレポート\"],\"implementationStage\":\"HALF\"}")
                .post("/api/projects").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItems("selectionFy", "number", "title", "applicantIds[0]", "applicantIds[1]",
                        "technologies[1]", "implementationStage"));
        as("cao").queryParam("fy", 2017).get("/api/projects").then().statusCode(400);
        as("cao").queryParam("q", "長長長").get("/api/projects").then().body("totalItems", equalTo(0));
    }

    @Test
    void numbersAreNotGuessedFromFractionsOrText() {
        String body = projectJson(2030, 7, "テスト事業", "\"AI\"", "NONE");
        as("cao").contentType(ContentType.JSON).body(body.replace("\"number\":7", "\"number\":7.5")).post("/api/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("number"));
        as("cao").contentType(ContentType.JSON).body(body.replace("\"selectionFy\":2030", "\"selectionFy\":\"2030\"")).post("/api/projects")
                .then().statusCode(400).body("errors[0].field", equalTo("selectionFy"));
        as("cao").contentType(ContentType.JSON).body(body.replace("\"selectionFy\":2030", "\"selectionFy\":99999999999")).post("/api/projects")
                .then().statusCode(400).contentType("application/problem+json");
        as("cao").queryParam("fy", 2030).get("/api/projects").then().body("totalItems", equalTo(0));
        as("cao").contentType(ContentType.JSON).body(body.replace("\"technologies\":[\"AI\"]", "\"technologies\":[null]")).post("/api/projects")
                .then().statusCode(400).body("errors.findAll { it.field == 'technologies[0]' }.size()", equalTo(1));
    }

    @Test
    void aPersonTheCallerCannotSeeIsReportedLikeOneThatDoesNotExist() {
        long id = ProjectAccessTest.idOf(2018, 2);
        long hidden = as("cao").queryParam("q", "岩見沢市 担当").get("/api/people").then().extract().jsonPath().getLong("items[0].id");
        String body = "{\"kind\":\"SECRETARIAT_CONTACT\",\"personId\":%d,\"startDate\":\"2026-04-01\"}";
        String hiddenAnswer = as("sendai").contentType(ContentType.JSON).body(body.formatted(hidden))
                .post("/api/projects/" + id + "/assignments").then().statusCode(400).extract().jsonPath().getString("errors[0].message");
        String missingAnswer = as("sendai").contentType(ContentType.JSON).body(body.formatted(99999999))
                .post("/api/projects/" + id + "/assignments").then().statusCode(400).extract().jsonPath().getString("errors[0].message");
        org.assertj.core.api.Assertions.assertThat(hiddenAnswer).isEqualTo(missingAnswer);
    }

    @Test
    void aCompanyEditingItsOwnRecordDoesNotEraseTheEmailItWasNeverShown() {
        long me = as("company").get("/api/me").then().extract().jsonPath().getLong("personId");
        String etag = etag("company", "/api/people/" + me);
        long org = orgId("co-demo-mobility");
        as("company").contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"デモモビリティ株式会社 担当\",\"organisationId\":" + org + ",\"title\":\"営業部\",\"email\":null}")
                .put("/api/people/" + me).then().statusCode(200).body("title", equalTo("営業部")).body("email", nullValue());
        as("cao").get("/api/people/" + me).then().body("email", equalTo("company@demo.jisso.example"));
    }

    @Test
    void statusFollowsTheLifecycleAndIllegalMovesListTheAllowedOnes() {
        long id = createProject(2030, 2).then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/projects/" + id;
        as("cao").contentType(ContentType.JSON).header("If-Match", etag("cao", path)).body("{\"to\":\"SUPPORTING\"}")
                .post(path + "/transitions").then().statusCode(200).body("status", equalTo("SUPPORTING"));
        as("cao").contentType(ContentType.JSON).header("If-Match", etag("cao", path)).body("{\"to\":\"SELECTED\"}")
                .post(path + "/transitions").then().statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("detail", containsString("SUPPORT_ENDED"));
        as("cao").header("If-Match", etag("cao", path)).post(path + "/continuation").then().statusCode(200)
                .body("supportPlannedEnd", equalTo("2035-03-31")).body("continuationApproved", equalTo(true));
        as("cao").header("If-Match", etag("cao", path)).post(path + "/continuation").then().statusCode(409);
        as("cao").contentType(ContentType.JSON).header("If-Match", etag("cao", path)).body("{\"to\":\"SUPPORT_ENDED\"}")
                .post(path + "/transitions").then().statusCode(200);
        as("cao").contentType(ContentType.JSON).header("If-Match", etag("cao", path)).body("{\"to\":\"SUPPORTING\"}")
                .post(path + "/transitions").then().statusCode(409).body("detail", containsString("none"));
        as("cao").get(path + "/history").then().statusCode(200)
                .body("action", hasItems("CREATE", "TRANSITION", "CONTINUATION"))
                .body("find { it.action == 'CONTINUATION' }.changes.supportPlannedEnd.after", equalTo("2035-03-31"));
    }

    @Test
    void implementationStageMovesForwardOnly() {
        long id = createProject(2030, 3).then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/projects/" + id;
        as("cao").contentType(ContentType.JSON).header("If-Match", etag("cao", path))
                .body(projectJson(2030, 3, "テスト事業", "\"AI\"", "PARTIAL")).put(path).then().statusCode(200)
                .body("implementationStage", equalTo("PARTIAL"));
        as("cao").contentType(ContentType.JSON).header("If-Match", etag("cao", path))
                .body(projectJson(2030, 3, "テスト事業", "\"AI\"", "NONE")).put(path).then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION"));
    }

    @Test
    void theProjectsLocalGovernmentEditsTheSummaryButNothingElse() {
        long id = ProjectAccessTest.idOf(2018, 2);
        String path = "/api/projects/" + id;
        as("sendai").contentType(ContentType.JSON).header("If-Match", etag("sendai", path))
                .body("{\"summary\":\"ドローンで災害時の情報を集める\"}").put(path + "/summary").then().statusCode(200)
                .body("summary", equalTo("ドローンで災害時の情報を集める"));
        as("sendai").contentType(ContentType.JSON).header("If-Match", etag("sendai", path))
                .body(projectJson(2018, 2, "乗っ取り", "\"AI\"", "NONE")).put(path).then().statusCode(403);
        as("iwamizawa").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"summary\":\"他市の概要\"}").put(path + "/summary").then().statusCode(404);
        as("officer").contentType(ContentType.JSON).header("If-Match", etag("officer", path))
                .body("{\"summary\":\"x\"}").put(path + "/summary").then().statusCode(403);
    }

    @Test
    void twoEditorsOfTheSameProjectCannotOverwriteEachOther() {
        long id = createProject(2030, 4).then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/projects/" + id;
        String etag = etag("cao", path);
        as("cao").contentType(ContentType.JSON).header("If-Match", etag).body("{\"summary\":\"Aさんの変更\"}")
                .put(path + "/summary").then().statusCode(200);
        as("cao").contentType(ContentType.JSON).header("If-Match", etag).body("{\"summary\":\"Bさんの変更\"}")
                .put(path + "/summary").then().statusCode(412).body("currentVersion", equalTo(1));
        as("cao").get(path).then().body("summary", equalTo("Aさんの変更"));
    }

    @Test
    void changingTheOfficerEndsTheOldAssignmentAndStartsTheNewOneInOneStep() {
        long id = createProject(2030, 6).then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/projects/" + id;
        long demoOfficer = as("officer").get("/api/me").then().statusCode(200).extract().jsonPath().getLong("personId");
        long newOfficer = as("cao").contentType(ContentType.JSON)
                .body("{\"name\":\"文部科学省 新任の現地支援責任者\",\"organisationId\":" + orgId("mext") + ",\"email\":\"new.officer@demo.jisso.example\"}")
                .post("/api/people").then().statusCode(201).extract().jsonPath().getLong("id");
        as("officer").get(path).then().statusCode(404);
        as("cao").contentType(ContentType.JSON).body("{\"kind\":\"SUPPORT_OFFICER\",\"personId\":" + demoOfficer + ",\"startDate\":\"2026-04-01\"}")
                .post(path + "/assignments").then().statusCode(201);
        as("officer").get(path).then().statusCode(200);
        as("cao").contentType(ContentType.JSON).body("{\"kind\":\"SUPPORT_OFFICER\",\"personId\":" + newOfficer + ",\"startDate\":\"2026-10-01\"}")
                .post(path + "/assignments").then().statusCode(201).body("active", equalTo(true));
        as("cao").get(path + "/assignments").then().statusCode(200)
                .body("findAll { it.kind == 'SUPPORT_OFFICER' }.size()", equalTo(2))
                .body("find { it.kind == 'SUPPORT_OFFICER' && it.active }.person.id", equalTo((int) newOfficer))
                .body("find { it.kind == 'SUPPORT_OFFICER' && !it.active }.endDate", equalTo("2026-09-30"));
        as("cao").get(path).then().body("supportOfficer.id", equalTo((int) newOfficer));
        // the old officer no longer sees the project
        as("officer").get(path).then().statusCode(404);
        as("cao").get(path + "/history").then().body("action", hasItems("OFFICER_CHANGE", "END"));
        as("cao").contentType(ContentType.JSON).body("{\"kind\":\"SUPPORT_OFFICER\",\"personId\":" + orgId("041009") + ",\"startDate\":\"2026-10-01\"}")
                .post(path + "/assignments").then().statusCode(400);
    }

    @Test
    void companiesSeeNoContactDetails() {
        long id = ProjectAccessTest.idOf(2018, 1);
        as("company").get("/api/projects/" + id + "/assignments").then().statusCode(200)
                .body("email", everyItem(nullValue()));
        as("cao").get("/api/projects/" + id + "/assignments").then().statusCode(200)
                .body("email", hasItem(containsString("@demo.jisso.example")));
        as("company").get("/api/people").then().statusCode(200).body("items.email", everyItem(nullValue()));
    }

    @Test
    void subProjectsAreManagedByTheCabinetOfficeAndShowInTheProjectHistory() {
        long id = createProject(2030, 5).then().statusCode(201).extract().jsonPath().getLong("id");
        String path = "/api/projects/" + id;
        String body = "{\"label\":\"a\",\"title\":\"自動運転バス\",\"scheme\":\"SUBSIDY\",\"ministryIds\":[" + orgId("mlit") + "]}";
        long sub = as("cao").contentType(ContentType.JSON).body(body).post(path + "/sub-projects")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("cao").contentType(ContentType.JSON).body(body).post(path + "/sub-projects")
                .then().statusCode(400).body("errors[0].code", equalTo("DUPLICATE"));
        as("cao").contentType(ContentType.JSON).body(body.replace("SUBSIDY", "LOTTERY").replace("\"a\"", "\"B1\""))
                .post(path + "/sub-projects").then().statusCode(400).body("errors.field", hasItems("scheme", "label"));
        // the supporting ministry's script now sees the project
        as("service-account-ministry-script-mlit").get(path).then().statusCode(200);
        as("sendai").contentType(ContentType.JSON).body(body.replace("\"a\"", "\"b\"")).post(path + "/sub-projects").then().statusCode(404);
        as("service-account-ministry-script-mlit").contentType(ContentType.JSON).body(body.replace("\"a\"", "\"b\""))
                .post(path + "/sub-projects").then().statusCode(403);
        as("cao").header("If-Match", etag("cao", path + "/sub-projects/" + sub)).delete(path + "/sub-projects/" + sub).then().statusCode(204);
        as("cao").get(path + "/history").then().body("recordType", hasItem("SubProject"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx"})
    void theProjectListExportsWithTheSameAccessRule(String format) {
        byte[] file = as("sendai").queryParam("format", format).get("/api/projects/export").then().statusCode(200).extract().asByteArray();
        if (format.equals("csv")) {
            List<String> lines = List.of(new String(file, java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
            int visible = as("sendai").get("/api/projects").then().extract().jsonPath().getInt("totalItems");
            org.assertj.core.api.Assertions.assertThat(lines).hasSize(visible + 1);
            org.assertj.core.api.Assertions.assertThat(lines.subList(1, lines.size())).allMatch(l -> l.contains("仙台市"));
            org.assertj.core.api.Assertions.assertThat(String.join("\n", lines)).doesNotContain("岩見沢市");
        } else {
            org.assertj.core.api.Assertions.assertThat(file.length).isGreaterThan(1000);
        }
    }
}
