package jp.go.jisso.report;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SheetContentTest extends ReportApiTest {

    static final String OPINION_AT_RISK = """
            {"opinion":{"assessment":"AT_RISK","findings":"運行事業者の確保に懸念がある。","advice":"近隣事業者との連携を助言した。",
              "supportNeeded":"道路使用許可の運用の確認","supportMinistries":["npa"],"followUpRequired":true}}""";

    @Test
    void theOpinionSheetIsFlaggedWhenTheOfficerDisagreesWithTheMilestones() {
        long progress = data.open(2018, 1, SheetType.PROGRESS, "2027-04");
        long opinion = data.open(2018, 1, SheetType.OPINION, "2027-04");
        save("iwamizawa", progress, PROGRESS).then().statusCode(200);
        // all milestones 順調, the officer says 懸念あり
        save("officer", opinion, OPINION_AT_RISK).then().statusCode(200)
                .body("sheet.divergent", equalTo(true)).body("divergenceReason", containsString("懸念あり"));
        as("cao").queryParam("flagged", "true").queryParam("period", "2027-04").get("/api/reports/sheets").then().statusCode(200)
                .body("items.id", hasItem((int) opinion));
        // the local government reports a delay: now both sides agree
        save("iwamizawa", progress, PROGRESS.replace("\"status\":\"ON_TRACK\",\"note\"", "\"status\":\"DELAYED\",\"note\"")).then().statusCode(200);
        as("cao").get("/api/reports/sheets/" + opinion).then().body("sheet.divergent", equalTo(false)).body("divergenceReason", nullValue());
        // and the reverse: the officer says 順調 while a milestone is 遅延
        save("officer", opinion, OPINION_AT_RISK.replace("AT_RISK", "ON_TRACK")).then().statusCode(200)
                .body("sheet.divergent", equalTo(true)).body("divergenceReason", containsString("遅延"));
        post("officer", opinion, "submit", "{}").then().statusCode(200).body("sheet.status", equalTo("SUBMITTED"));
    }

    @Test
    void theOpinionNeedsAKnownMinistryWhenSupportIsNeeded() {
        long opinion = data.open(2018, 1, SheetType.OPINION, "2027-05");
        save("officer", opinion, OPINION_AT_RISK.replace("\"npa\"", "\"nowhere\"")).then().statusCode(400)
                .body("errors.field", contains("opinion.supportMinistries[0]"));
        save("officer", opinion, OPINION_AT_RISK.replace("\"supportMinistries\":[\"npa\"],", "")).then().statusCode(200);
        post("officer", opinion, "submit", "{}").then().statusCode(400).body("errors.field", contains("opinion.supportMinistries"));
    }

    static final String EXPENSES = """
            {"expense":{"rows":[
              {"schemeName":"自動運転実証支援（デモ）","type":"SUBSIDY","ministry":"mlit","subProject":"a","budgeted":120000000,"granted":100000000,"executed":98765432},
              {"schemeName":"スマート農業実証（デモ）","type":"SUBSIDY","ministry":"maff","subProject":"b","budgeted":50000000,"granted":45000000,"executed":44999999},
              {"schemeName":"デジタル田園都市国家構想交付金","type":"GRANT","ministry":"cao","subProject":"a","budgeted":900000000000,"granted":900000000000,"executed":899999999999},
              {"schemeName":"一般財源","type":"OWN_FUNDS","budgeted":3,"granted":0,"executed":1}]}}""";

    @Test
    void expenseTotalsAreExactWholeYenPerTypeAndMinistry() {
        long id = data.open(2018, 1, SheetType.EXPENSE, "FY2030");
        save("iwamizawa", id, EXPENSES).then().statusCode(200)
                .body("sheet.duplicateFunding", equalTo(false))
                .body("expenseTotals.total.budgeted", equalTo(900170000003L))
                .body("expenseTotals.total.executed", equalTo(900143765431L))
                .body("expenseTotals.byType.find { it.key == 'SUBSIDY' }.granted", equalTo(145000000))
                .body("expenseTotals.byMinistry.find { it.key == 'mlit' }.label", equalTo("国土交通省"))
                .body("expenseTotals.byMinistry.find { it.key == '' }.executed", equalTo(1));
        // fractions of a yen, negative amounts and unknown sub-projects are refused
        save("iwamizawa", id, EXPENSES.replace("\"budgeted\":3,", "\"budgeted\":-3,").replace("\"subProject\":\"b\"", "\"subProject\":\"z\""))
                .then().statusCode(400).body("errors.field", contains("expense.rows[1].subProject", "expense.rows[3].budgeted"));
        save("iwamizawa", id, EXPENSES.replace("\"executed\":1}", "\"executed\":1.5}")).then().statusCode(400);
    }

    @Test
    void theSameSchemeClaimedTwiceForTheSameSubProjectIsFlagged() {
        long id = data.open(2018, 1, SheetType.EXPENSE, "FY2032");
        String twice = EXPENSES.replace("\"schemeName\":\"スマート農業実証（デモ）\",\"type\":\"SUBSIDY\",\"ministry\":\"maff\",\"subProject\":\"b\"",
                "\"schemeName\":\"自動運転実証支援（デモ） \",\"type\":\"SUBSIDY\",\"ministry\":\"mlit\",\"subProject\":\"a\"");
        save("iwamizawa", id, twice).then().statusCode(200)
                .body("sheet.duplicateFunding", equalTo(true)).body("duplicateFundingRows", contains(contains(0, 1)));
        as("cao").queryParam("flagged", "true").queryParam("type", "EXPENSE").get("/api/reports/sheets").then()
                .body("items.id", hasItem((int) id));
        save("iwamizawa", id, EXPENSES).then().statusCode(200).body("sheet.duplicateFunding", equalTo(false));
    }

    static final String ISSUES = """
            {"issue":{"issues":[
              {"category":"REGULATION","law":"航空法","article":"第132条の85","responsibleMinistry":"mlit","description":"目視外飛行の許可手続に時間を要する。",
               "proposedSolution":"包括申請の活用","status":"COORDINATING","followUps":[{"date":"2026-05-10","text":"航空局と協議開始","authorName":"岩見沢市 担当"}]},
              {"category":"LAW","law":"農地法","responsibleMinistry":"maff","description":"ロボット農機の格納施設の農地転用。","status":"NOT_STARTED"}]}}""";

    @Test
    void ministriesAddFollowUpsToTheIssuesAssignedToThem() {
        long id = data.open(2018, 1, SheetType.ISSUE, "FY2030");
        save("iwamizawa", id, ISSUES).then().statusCode(200).body("content.issue.issues.id", contains("I-1", "I-2"));
        // 農林水産省 may add to its own issue (I-2), not to 国土交通省's (I-1)
        as("ministry.maff").get("/api/reports/sheets/" + id).then().statusCode(200).body("allowedActions", contains("ADD_FOLLOW_UP"));
        as("ministry.maff").contentType(ContentType.JSON).body("{\"date\":\"2026-06-01\",\"text\":\"転用許可の要件を整理した。\"}")
                .post("/api/reports/sheets/" + id + "/issues/I-2/follow-ups").then().statusCode(200)
                .body("content.issue.issues[1].followUps[0].authorOrganisation", equalTo("maff"));
        as("ministry.maff").contentType(ContentType.JSON).body("{\"date\":\"2026-06-01\",\"text\":\"x\"}")
                .post("/api/reports/sheets/" + id + "/issues/I-1/follow-ups").then().statusCode(403);
        as("ministry.maff").contentType(ContentType.JSON).body("{\"date\":\"2026-06-01\",\"text\":\"x\"}")
                .post("/api/reports/sheets/" + id + "/issues/I-9/follow-ups").then().statusCode(404);
        as("ministry.maff").contentType(ContentType.JSON).body("{\"text\":\"\"}")
                .post("/api/reports/sheets/" + id + "/issues/I-2/follow-ups").then().statusCode(400)
                .body("errors.field", contains("date", "text"));
        // follow-ups go on between yearly refreshes, also after submission
        post("iwamizawa", id, "submit", "{}").then().statusCode(200);
        as("officer").contentType(ContentType.JSON).body("{\"date\":\"2026-07-01\",\"text\":\"航空局と再協議\"}")
                .post("/api/reports/sheets/" + id + "/issues/I-1/follow-ups").then().statusCode(200)
                .body("content.issue.issues[0].followUps", hasSize(2)).body("sheet.status", equalTo("SUBMITTED"));
        // the frozen revision keeps the register as it was submitted
        as("cao").get("/api/reports/sheets/" + id + "/revisions/1").then().body("content.issue.issues[0].followUps", hasSize(1));
        as("company").contentType(ContentType.JSON).body("{\"date\":\"2026-06-01\",\"text\":\"x\"}")
                .post("/api/reports/sheets/" + id + "/issues/I-2/follow-ups").then().statusCode(403);
    }
}
