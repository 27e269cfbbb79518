package jp.go.jisso.report;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SheetLifecycleTest extends ReportApiTest {

    @Test
    void aProgressSheetGoesFromNotStartedThroughReturnAndResubmissionToAccepted() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2027-01");
        as("iwamizawa").get("/api/reports/sheets/" + id).then().statusCode(200)
                .body("sheet.status", equalTo("NOT_STARTED")).body("allowedActions", contains("SAVE"));

        save("iwamizawa", id, PROGRESS).then().statusCode(200)
                .body("sheet.status", equalTo("DRAFT")).body("content.progress.milestones", hasSize(2))
                .body("allowedActions", contains("SAVE", "SUBMIT"));
        post("iwamizawa", id, "submit", "{}").then().statusCode(200)
                .body("sheet.status", equalTo("SUBMITTED")).body("sheet.currentRevision", equalTo(1))
                .body("allowedActions", empty());
        as("cao").get("/api/reports/sheets/" + id).then().body("allowedActions", contains("RETURN", "ACCEPT", "COMMENT"));

        post("cao", id, "return", "{\"comments\":[{\"section\":\"kpis\",\"comment\":\"利用者数の実績の根拠を示してください。\"},"
                + "{\"section\":\"general\",\"comment\":\"次期計画をより具体的に。\"}]}")
                .then().statusCode(200).body("sheet.status", equalTo("RETURNED"));
        // the local government reads the comments per section
        as("iwamizawa").get("/api/reports/sheets/" + id).then().statusCode(200)
                .body("lastReview.action", equalTo("RETURN"))
                .body("lastReview.comments.section", contains("kpis", "general"))
                .body("allowedActions", contains("SAVE", "SUBMIT"));

        save("iwamizawa", id, PROGRESS.replace("412.5", "415")).then().statusCode(200).body("sheet.status", equalTo("RETURNED"));
        post("iwamizawa", id, "submit", "{}").then().statusCode(200)
                .body("sheet.status", equalTo("RESUBMITTED")).body("sheet.currentRevision", equalTo(2));
        post("cao", id, "accept", "{\"comment\":\"受理します。\"}").then().statusCode(200)
                .body("sheet.status", equalTo("ACCEPTED")).body("lastReview.action", equalTo("ACCEPT"));

        as("cao").get("/api/reports/sheets/" + id + "/history").then().statusCode(200)
                .body("action", contains("ACCEPT", "SUBMIT", "SAVE", "RETURN", "SUBMIT", "SAVE", "OPEN"));
    }

    @Test
    void illegalTransitionsAreConflictsListingWhatIsPossible() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2027-02");
        // nothing to submit yet
        post("iwamizawa", id, "submit", "{}").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_TRANSITION")).body("errors.code", contains("SAVE"));
        post("cao", id, "accept", "{}").then().statusCode(409).body("errors.code", contains("SAVE"));
        save("iwamizawa", id, PROGRESS).then().statusCode(200);
        post("cao", id, "return", "{\"comments\":[{\"section\":\"general\",\"comment\":\"x\"}]}").then().statusCode(409)
                .body("errors.code", contains("SAVE", "SUBMIT"));
        post("iwamizawa", id, "submit", "{}").then().statusCode(200);
        // submitted: no more editing, no second submission
        save("iwamizawa", id, PROGRESS).then().statusCode(409).body("errors.code", contains("RETURN", "ACCEPT"));
        post("iwamizawa", id, "submit", "{}").then().statusCode(409);
        post("cao", id, "accept", "{}").then().statusCode(200);
        // accepted is final
        post("cao", id, "return", "{\"comments\":[{\"section\":\"general\",\"comment\":\"x\"}]}").then().statusCode(409)
                .body("errors", empty()).body("detail", containsString("final"));
        save("iwamizawa", id, PROGRESS).then().statusCode(409);
    }

    @Test
    void writesNeedTheCurrentVersion() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2027-09");
        as("iwamizawa").contentType(ContentType.JSON).body(PROGRESS).put("/api/reports/sheets/" + id + "/content")
                .then().statusCode(428);
        as("iwamizawa").contentType(ContentType.JSON).header("If-Match", "\"99\"").body(PROGRESS)
                .put("/api/reports/sheets/" + id + "/content").then().statusCode(412);
    }

    @Test
    void aSubmissionAfterTheDueDateNeedsALatenessReason() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2025-01");
        save("iwamizawa", id, PROGRESS).then().statusCode(200);
        post("iwamizawa", id, "submit", "{}").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("latenessReason")).body("errors.code", contains("LATENESS_REASON_REQUIRED"));
        post("iwamizawa", id, "submit", "{\"latenessReason\":\"   \"}").then().statusCode(400);
        post("iwamizawa", id, "submit", "{\"latenessReason\":\"担当者の異動のため\"}").then().statusCode(200)
                .body("latenessReason", equalTo("担当者の異動のため"));
        as("cao").get("/api/reports/sheets/" + id + "/revisions").then().statusCode(200)
                .body("[0].late", equalTo(true)).body("[0].latenessReason", equalTo("担当者の異動のため"));
    }

    @Test
    void anOnTimeSubmissionNeedsNoReason() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2027-10");
        data.setDue(id, LocalDate.now(ReportClock.JAPAN).plusDays(3));
        save("iwamizawa", id, PROGRESS).then().statusCode(200);
        post("iwamizawa", id, "submit", "{}").then().statusCode(200).body("latenessReason", nullValue());
    }

    @Test
    void aSubmissionMustBeCompleteButADraftMayNotBe() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2027-11");
        save("iwamizawa", id, "{\"progress\":{\"results\":\"途中まで\"}}").then().statusCode(200).body("sheet.status", equalTo("DRAFT"));
        post("iwamizawa", id, "submit", "{}").then().statusCode(400)
                .body("errors.field", hasItems("progress.milestones", "progress.nextPlan"));
        save("iwamizawa", id, "{\"progress\":{\"milestones\":[{\"name\":\"x\",\"plannedStart\":\"2026-05-01\",\"plannedEnd\":\"2026-04-01\",\"status\":\"ON_TRACK\"}],"
                + "\"kpis\":[{\"name\":\"k\",\"unit\":\"人\",\"targets\":[{\"fy\":2026,\"value\":1},{\"fy\":2026,\"value\":2}]}]}}")
                .then().statusCode(400).body("errors.field", hasItems("progress.milestones[0].plannedEnd", "progress.kpis[0].targets[1].fy"));
        save("iwamizawa", id, "{\"opinion\":{\"assessment\":\"ON_TRACK\"}}").then().statusCode(400)
                .body("errors.code", hasItems("WRONG_SHEET_TYPE", "REQUIRED"));
        save("iwamizawa", id, "{\"progress\":{\"milestones\":[{\"status\":\"SOMEHOW\"}]}}").then().statusCode(400);
    }

    @Test
    void revisionsAreFrozenAndCanBeCompared() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2027-03");
        save("iwamizawa", id, PROGRESS).then().statusCode(200);
        post("iwamizawa", id, "submit", "{}").then().statusCode(200);
        post("cao", id, "return", "{\"comments\":[{\"section\":\"milestones\",\"comment\":\"遅れの見通しは？\"}]}").then().statusCode(200);
        save("iwamizawa", id, PROGRESS.replace("\"status\":\"ON_TRACK\",\"note\"", "\"status\":\"DELAYED\",\"note\"")
                .replace("第2期の路線を選定する。", "第2期の路線を選定し、説明会を追加する。")).then().statusCode(200);
        // the draft after a return does not change revision 1
        as("cao").get("/api/reports/sheets/" + id + "/revisions/1").then().statusCode(200)
                .body("content.progress.milestones[1].status", equalTo("ON_TRACK"))
                .body("revision.submittedBy", equalTo("iwamizawa"));
        post("iwamizawa", id, "submit", "{}").then().statusCode(200);
        as("cao").get("/api/reports/sheets/" + id + "/revisions").then().body("number", contains(1, 2));
        as("cao").queryParam("from", 1).queryParam("to", 2).get("/api/reports/sheets/" + id + "/revisions/compare")
                .then().statusCode(200)
                .body("differences.path", containsInAnyOrder("progress.milestones[1].status", "progress.nextPlan"))
                .body("differences.find { it.path == 'progress.milestones[1].status' }.before", equalTo("ON_TRACK"))
                .body("differences.find { it.path == 'progress.milestones[1].status' }.after", equalTo("DELAYED"))
                .body("differences.change", everyItem(equalTo("CHANGED")));
        as("cao").queryParam("from", 1).queryParam("to", 9).get("/api/reports/sheets/" + id + "/revisions/compare")
                .then().statusCode(404);
        as("cao").queryParam("from", "x").queryParam("to", 2).get("/api/reports/sheets/" + id + "/revisions/compare")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void theOfficerCommentsOnProgressSheetsButDoesNotReview() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2027-12");
        save("iwamizawa", id, PROGRESS).then().statusCode(200);
        as("officer").contentType(ContentType.JSON).body("{\"section\":\"milestones\",\"comment\":\"説明会の記録を添付してください。\"}")
                .post("/api/reports/sheets/" + id + "/comments").then().statusCode(201)
                .body("action", equalTo("COMMENT")).body("authorRole", equalTo("support-officer"));
        as("officer").contentType(ContentType.JSON).body("{\"section\":\"nowhere\",\"comment\":\"\"}")
                .post("/api/reports/sheets/" + id + "/comments").then().statusCode(400)
                .body("errors.field", contains("comment", "section"));
        post("iwamizawa", id, "submit", "{}").then().statusCode(200);
        post("officer", id, "accept", "{}").then().statusCode(403);
        as("iwamizawa").get("/api/reports/sheets/" + id + "/reviews").then().statusCode(200)
                .body("comments.flatten().section", contains("milestones"));
        as("iwamizawa").contentType(ContentType.JSON).body("{\"section\":\"general\",\"comment\":\"x\"}")
                .post("/api/reports/sheets/" + id + "/comments").then().statusCode(403);
    }
}
