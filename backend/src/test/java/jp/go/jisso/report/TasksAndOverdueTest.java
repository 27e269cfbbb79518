package jp.go.jisso.report;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TasksAndOverdueTest extends ReportApiTest {

    @Test
    void everyoneSeesWhatTheyOweWithDueDates() {
        long progress = data.open(2018, 2, SheetType.PROGRESS, "2028-01");
        long opinion = data.open(2018, 2, SheetType.OPINION, "2028-01");
        as("sendai").queryParam("size", 100).get("/api/reports/tasks").then().statusCode(200)
                .body("items.sheet.id", hasItem((int) progress)).body("items.sheet.id", not(hasItem((int) opinion)))
                .body("items.find { it.sheet.id == " + progress + " }.task", equalTo("FILL"))
                .body("items.sheet.type", everyItem(not(equalTo("OPINION"))));
        as("officer").queryParam("size", 100).get("/api/reports/tasks").then().statusCode(200)
                .body("items.sheet.type", everyItem(equalTo("OPINION")));
        as("officer").queryParam("size", 100).queryParam("page", 1).get("/api/reports/tasks").then()
                .body("totalItems", greaterThanOrEqualTo(1));
        as("company").get("/api/reports/tasks").then().statusCode(200).body("totalItems", equalTo(0));

        save("sendai", progress, PROGRESS).then().statusCode(200);
        post("sendai", progress, "submit", "{}").then().statusCode(200);
        as("cao").queryParam("size", 100).get("/api/reports/tasks").then().statusCode(200)
                .body("items.task", everyItem(equalTo("REVIEW")));
        as("sendai").queryParam("size", 100).get("/api/reports/tasks").then().body("items.sheet.id", not(hasItem((int) progress)));
    }

    @Test
    void theCabinetOfficeSeesAllOverdueSheetsSortedByDaysOverdue() {
        long late = data.open(2018, 3, SheetType.PROGRESS, "2025-02");
        long later = data.open(2018, 3, SheetType.PROGRESS, "2025-03");
        data.setDue(late, LocalDate.now(ReportClock.JAPAN).minusDays(400));
        List<Integer> days = as("cao").queryParam("size", 100).get("/api/reports/overdue").then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(2))
                .extract().jsonPath().getList("items.daysOverdue", Integer.class);
        Assertions.assertThat(days).isSortedAccordingTo((a, b) -> b - a);
        Assertions.assertThat(days.get(0)).isGreaterThanOrEqualTo(400);
        List<Integer> ascending = as("cao").queryParam("size", 100).queryParam("sort", "daysOverdue").get("/api/reports/overdue")
                .then().statusCode(200).extract().jsonPath().getList("items.daysOverdue", Integer.class);
        Assertions.assertThat(ascending).isSorted();
        as("cao").queryParam("type", "PROGRESS").queryParam("size", 100).get("/api/reports/overdue").then()
                .body("items.id", hasItems((int) late, (int) later)).body("items.type", everyItem(equalTo("PROGRESS")));
        as("cao").queryParam("sort", "colour").get("/api/reports/overdue").then().statusCode(400);
        for (String user : List.of("officer", "iwamizawa", "company", "ministry.maff")) {
            as(user).get("/api/reports/overdue").then().statusCode(403);
        }
        byte[] csv = as("cao").queryParam("format", "csv").get("/api/reports/overdue/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        Assertions.assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFID,事業,様式,期間,提出期限,状態");
    }
}
