package jp.go.jisso.report;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ScheduleAndGenerationTest extends ReportApiTest {

    @Test
    void theCabinetOfficeReadsAndSetsTheScheduleAndNoOneElseDoes() {
        as("cao").get("/api/reports/schedules").then().statusCode(200)
                .body("type", contains("PROGRESS", "OPINION", "ISSUE", "EXPENSE"))
                .body("find { it.type == 'PROGRESS' }.cadence", equalTo("MONTHLY"))
                .body("find { it.type == 'EXPENSE' }.dueMonth", equalTo(5))
                .body("find { it.type == 'PROGRESS' }.upcoming", hasSize(3));
        for (String user : List.of("officer", "iwamizawa", "company", "ministry.maff")) {
            as(user).get("/api/reports/schedules").then().statusCode(403);
            as(user).contentType(ContentType.JSON).body("{}").post("/api/reports/generation").then().statusCode(403);
        }
        as("cao").get("/api/reports/schedules/NOPE").then().statusCode(404);

        var current = as("cao").get("/api/reports/schedules/OPINION").then().statusCode(200).extract();
        String etag = current.header("ETag");
        JsonPath before = current.jsonPath();
        String original = "{\"cadence\":\"MONTHLY\",\"dueDay\":" + before.getInt("dueDay") + ",\"startsOn\":\"" + before.getString("startsOn")
                + "\",\"reminderDaysBefore\":" + before.getInt("reminderDaysBefore") + "}";
        try {
            var updated = as("cao").contentType(ContentType.JSON).header("If-Match", etag)
                    .body("{\"cadence\":\"MONTHLY\",\"dueDay\":10,\"startsOn\":\"2026-04-01\",\"reminderDaysBefore\":3}")
                    .put("/api/reports/schedules/OPINION").then().statusCode(200)
                    .body("dueDay", equalTo(10)).body("reminderDaysBefore", equalTo(3))
                    .body("ruleJa", containsString("翌月10日"))
                    .body("upcoming.dueDate", everyItem(not(endsWith("-10-2026"))))
                    .extract();
            // every upcoming due date is a business day
            for (String d : updated.jsonPath().getList("upcoming.dueDate", String.class)) {
                org.assertj.core.api.Assertions.assertThat(jp.go.jisso.report.calendar.JapaneseHolidays.isBusinessDay(java.time.LocalDate.parse(d))).isTrue();
            }
            as("cao").contentType(ContentType.JSON).header("If-Match", etag)
                    .body("{\"cadence\":\"MONTHLY\",\"dueDay\":10,\"startsOn\":\"2026-04-01\",\"reminderDaysBefore\":3}")
                    .put("/api/reports/schedules/OPINION").then().statusCode(412);
            as("cao").contentType(ContentType.JSON).header("If-Match", updated.header("ETag"))
                    .body("{\"cadence\":\"WEEKLY\",\"dueDay\":40,\"dueMonth\":3,\"startsOn\":\"2010-01-01\",\"reminderDaysBefore\":-1}")
                    .put("/api/reports/schedules/OPINION").then().statusCode(400)
                    .body("errors.field", contains("cadence", "dueDay", "reminderDaysBefore", "startsOn"));
            as("cao").contentType(ContentType.JSON).header("If-Match", etag(updated))
                    .body("{\"cadence\":\"MONTHLY\",\"dueDay\":10,\"startsOn\":\"2026-04-01\",\"reminderDaysBefore\":3}")
                    .put("/api/reports/schedules/EXPENSE").then().statusCode(412);
        } finally {
            String now = as("cao").get("/api/reports/schedules/OPINION").then().extract().header("ETag");
            as("cao").contentType(ContentType.JSON).header("If-Match", now).body(original)
                    .put("/api/reports/schedules/OPINION").then().statusCode(200);
        }
    }

    private static String etag(io.restassured.response.ExtractableResponse<?> r) {
        return r.header("ETag");
    }

    @Test
    void generationOpensEachSheetOnceHoweverOftenItRuns() {
        as("cao").contentType(ContentType.JSON).body("{}").post("/api/reports/generation").then().statusCode(200);
        as("cao").contentType(ContentType.JSON).body("{}").post("/api/reports/generation").then().statusCode(200)
                .body("created", equalTo(0)).body("createdByType.PROGRESS", equalTo(0));
        // one sheet per project, type and period
        long hokkaido = projectId(2018, 1);
        JsonPath sheets = as("cao").queryParam("projectId", hokkaido).queryParam("size", 100).get("/api/reports/sheets")
                .then().statusCode(200).extract().jsonPath();
        List<String> keys = sheets.getList("items.collect { it.type + '/' + it.periodKey }", String.class);
        org.assertj.core.api.Assertions.assertThat(keys).doesNotHaveDuplicates().isNotEmpty();
        as("cao").contentType(ContentType.JSON).body("{\"until\":\"2099-01-01\"}").post("/api/reports/generation")
                .then().statusCode(400).body("errors[0].field", equalTo("until"));
    }

    @Test
    void aProjectWhoseSupportEndedGetsNoNewSheets() {
        long ended = projectId(2020, 2);
        var before = data.setStatus(ended, jp.go.jisso.project.ProjectStatus.SUPPORT_ENDED);
        try {
            int created = data.openForAll(SheetType.PROGRESS, "2029-09");
            org.assertj.core.api.Assertions.assertThat(created).isEqualTo(37);
            org.assertj.core.api.Assertions.assertThat(data.openForAll(SheetType.PROGRESS, "2029-09")).isZero();
            as("cao").queryParam("projectId", ended).queryParam("period", "2029-09").get("/api/reports/sheets").then()
                    .statusCode(200).body("totalItems", equalTo(0));
            as("cao").queryParam("period", "2029-09").queryParam("size", 100).get("/api/reports/sheets").then()
                    .statusCode(200).body("totalItems", equalTo(37));
        } finally {
            data.setStatus(ended, before);
        }
    }

    @Test
    void theDailyJobRunsOncePerDay() {
        ReportJob job = io.quarkus.arc.Arc.container().instance(ReportJob.class).get();
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 1);
        boolean first = job.runOnce(day);
        boolean second = job.runOnce(day);
        org.assertj.core.api.Assertions.assertThat(second).isFalse();
        org.assertj.core.api.Assertions.assertThat(first || !second).isTrue();
    }

    @Test
    void holidaysAreServedForAYear() {
        as("iwamizawa").queryParam("year", 2026).get("/api/reports/holidays").then().statusCode(200)
                .body("date", hasItems("2026-05-06", "2026-09-22"))
                .body("find { it.date == '2026-09-22' }.name", equalTo("国民の休日"));
        as("iwamizawa").queryParam("year", 1900).get("/api/reports/holidays").then().statusCode(400);
    }
}
