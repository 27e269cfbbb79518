package jp.go.jisso.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeriodWorkbookTest extends ReportApiTest {

    @Inject
    ReportTestData data;

    @AfterEach
    void removeSheets() {
        QuarkusTransaction.requiringNew().run(() -> ReportSheet.<ReportSheet>list("periodKey in ?1", List.of("2041-05", "FY2041"))
                .forEach(ReportSheet::delete));
    }

    static List<String> tabs(byte[] xlsx) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            return names;
        }
    }

    @Test
    void aMonthsWorkbookHoldsTheMonthsAndTheFiscalYearsSheetsTheCallerMayRead() throws Exception {
        data.open(2018, 1, SheetType.PROGRESS, "2041-05");
        data.open(2018, 1, SheetType.OPINION, "2041-05");
        data.open(2018, 1, SheetType.ISSUE, "FY2041");
        data.open(2018, 1, SheetType.EXPENSE, "FY2041");
        long project = as("cao").queryParam("fy", 2018).get("/api/projects").jsonPath().getLong("items.find { it.number == 1 }.id");

        byte[] officer = as("officer").queryParam("projectId", project).queryParam("period", "2041-05")
                .get("/api/reports/sheets/period-xlsx").then().statusCode(200).extract().asByteArray();
        assertThat(tabs(officer)).contains("表紙", "実績", "事業工程", "KPI", "意見", "課題", "経費");

        byte[] city = as("iwamizawa").queryParam("projectId", project).queryParam("period", "2041-05")
                .get("/api/reports/sheets/period-xlsx").then().statusCode(200).extract().asByteArray();
        assertThat(tabs(city)).contains("実績", "課題", "経費").doesNotContain("意見");

        byte[] company = as("company").queryParam("projectId", project).queryParam("period", "2041-05")
                .get("/api/reports/sheets/period-xlsx").then().statusCode(200).extract().asByteArray();
        assertThat(tabs(company)).contains("実績", "課題").doesNotContain("意見", "経費");

        as("cao").queryParam("projectId", project).queryParam("period", "May").get("/api/reports/sheets/period-xlsx")
                .then().statusCode(400);
        as("sendai").queryParam("projectId", project).queryParam("period", "2041-05").get("/api/reports/sheets/period-xlsx")
                .then().statusCode(404);
    }
}
