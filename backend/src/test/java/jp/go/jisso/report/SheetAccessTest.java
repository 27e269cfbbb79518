package jp.go.jisso.report;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/access-control.md, "Follow-up reports": who reads and writes which sheet. */
@QuarkusTest
class SheetAccessTest extends ReportApiTest {

    @Test
    void eachRoleReadsExactlyTheSheetTypesItMaySee() {
        Map<SheetType, Long> sheets = Map.of(
                SheetType.PROGRESS, data.open(2018, 1, SheetType.PROGRESS, "2027-07"),
                SheetType.OPINION, data.open(2018, 1, SheetType.OPINION, "2027-07"),
                SheetType.ISSUE, data.open(2018, 1, SheetType.ISSUE, "FY2033"),
                SheetType.EXPENSE, data.open(2018, 1, SheetType.EXPENSE, "FY2033"));
        Map<String, List<SheetType>> readable = Map.of(
                "cao", List.of(SheetType.values()),
                "officer", List.of(SheetType.values()),
                "contact.mlit", List.of(SheetType.PROGRESS, SheetType.ISSUE),
                "ministry.maff", List.of(SheetType.PROGRESS, SheetType.ISSUE),
                "service-account-ministry-script-mlit", List.of(SheetType.PROGRESS, SheetType.ISSUE),
                "iwamizawa", List.of(SheetType.PROGRESS, SheetType.ISSUE, SheetType.EXPENSE),
                "hokkaido", List.of(SheetType.PROGRESS, SheetType.ISSUE, SheetType.EXPENSE),
                "company", List.of(SheetType.PROGRESS, SheetType.ISSUE),
                "sendai", List.of());
        readable.forEach((user, types) -> sheets.forEach((type, id) -> {
            int expected = types.contains(type) ? 200 : 404;
            as(user).get("/api/reports/sheets/" + id).then().statusCode(expected);
            as(user).get("/api/reports/sheets/" + id + "/revisions").then().statusCode(expected);
            as(user).get("/api/reports/sheets/" + id + "/xlsx").then().statusCode(expected);
        }));
        // lists apply the same rule
        as("iwamizawa").queryParam("size", 100).get("/api/reports/sheets").then().statusCode(200)
                .body("items.type", not(hasItem("OPINION"))).body("items.type", hasItem("EXPENSE"));
        as("company").queryParam("size", 100).get("/api/reports/sheets").then().statusCode(200)
                .body("items.type", everyItem(anyOf(equalTo("PROGRESS"), equalTo("ISSUE"))));
        as("sendai").queryParam("projectId", projectId(2018, 1)).get("/api/reports/sheets").then().body("totalItems", equalTo(0));
    }

    @Test
    void onlyTheWriterOfASheetWritesItOthersWhoReadItAreForbidden() {
        long progress = data.open(2018, 1, SheetType.PROGRESS, "2027-08");
        long opinion = data.open(2018, 1, SheetType.OPINION, "2027-08");
        for (String user : List.of("officer", "cao", "company", "ministry.maff", "contact.mlit")) {
            save(user, progress, PROGRESS).then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        }
        save("hokkaido", progress, PROGRESS).then().statusCode(200);
        as("sendai").contentType(ContentType.JSON).header("If-Match", "\"0\"").body(PROGRESS)
                .put("/api/reports/sheets/" + progress + "/content").then().statusCode(404);
        as("iwamizawa").contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{}")
                .put("/api/reports/sheets/" + opinion + "/content").then().statusCode(404);
        save("cao", opinion, SheetContentTest.OPINION_AT_RISK).then().statusCode(403);
        save("officer", opinion, SheetContentTest.OPINION_AT_RISK).then().statusCode(200);
    }

    @Test
    void anOfficerSeesNoSheetsOfProjectsTheyDoNotSupport() {
        long other = data.open(2018, 4, SheetType.PROGRESS, "2027-07");
        as("officer").get("/api/reports/sheets/" + other).then().statusCode(404);
        as("cao").get("/api/reports/sheets/" + other).then().statusCode(200);
        as("officer").get("/api/reports/sheets/999999999").then().statusCode(404);
    }
}
