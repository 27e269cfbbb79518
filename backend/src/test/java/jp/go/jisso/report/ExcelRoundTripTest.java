package jp.go.jisso.report;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExcelRoundTripTest extends ReportApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static byte[] download(String user, long id) {
        return as(user).get("/api/reports/sheets/" + id + "/xlsx").then().statusCode(200)
                .contentType(containsString("spreadsheetml")).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
    }

    static Response upload(String user, long id, byte[] file) {
        return as(user).contentType(XLSX).header("If-Match", etag(user, id)).body(file).put("/api/reports/sheets/" + id + "/xlsx");
    }

    static Object content(String user, long id) {
        return as(user).get("/api/reports/sheets/" + id).then().statusCode(200).extract().jsonPath().get("content");
    }

    /**
     * Fills sheet a over the API and exports it; then empties the sheet, imports the file back and
     * gets the same content. Importing a's file into another sheet b is refused: a form belongs
     * to the sheet it was downloaded from.
     */
    void roundTrip(String user, long a, long b, String body) {
        save(user, a, body).then().statusCode(200);
        Object filled = content(user, a);
        byte[] file = download(user, a);
        String emptyBody = body.substring(0, body.indexOf(':') + 1) + "{}}";
        save(user, a, emptyBody).then().statusCode(200);
        Assertions.assertThat(content(user, a)).isNotEqualTo(filled);
        upload(user, a, file).then().statusCode(200).body("sheet.status", equalTo("DRAFT"));
        Assertions.assertThat(content(user, a)).isEqualTo(filled);
        upload(user, b, file).then().statusCode(400).body("code", equalTo("NOT_A_FORM"))
                .body("detail", containsString("シートID " + a));
    }

    @Test
    void exportThenImportGivesTheSameDataForEverySheetType() {
        roundTrip("iwamizawa", data.open(2018, 1, SheetType.PROGRESS, "2029-01"), data.open(2018, 1, SheetType.PROGRESS, "2029-02"), PROGRESS);
        roundTrip("officer", data.open(2018, 1, SheetType.OPINION, "2029-01"), data.open(2018, 1, SheetType.OPINION, "2029-02"),
                SheetContentTest.OPINION_AT_RISK);
        roundTrip("iwamizawa", data.open(2018, 1, SheetType.ISSUE, "FY2034"), data.open(2018, 1, SheetType.ISSUE, "FY2035"),
                SheetContentTest.ISSUES);
        roundTrip("iwamizawa", data.open(2018, 1, SheetType.EXPENSE, "FY2034"), data.open(2018, 1, SheetType.EXPENSE, "FY2035"),
                SheetContentTest.EXPENSES);
    }

    @Test
    void theFormHasJapaneseTabsPerSection() throws IOException {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2029-03");
        save("iwamizawa", id, PROGRESS).then().statusCode(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(download("iwamizawa", id)))) {
            Assertions.assertThat(wb.getSheetName(0)).isEqualTo("表紙");
            Assertions.assertThat(wb.getSheet("表紙").getRow(0).getCell(1).getStringCellValue()).isEqualTo("JISSO-PROGRESS-1");
            Assertions.assertThat(wb.getSheet("事業工程").getRow(0).getCell(1).getStringCellValue()).isEqualTo("マイルストーン");
            Assertions.assertThat(wb.getSheet("事業工程").getRow(1).getCell(6).getStringCellValue()).isEqualTo("順調");
            Assertions.assertThat(wb.getSheet("KPI").getRow(0).getCell(5).getStringCellValue()).isEqualTo("2026年度目標");
        }
    }

    static byte[] edit(byte[] file, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void everyBadCellIsReportedWithItsReferenceAndNothingIsSaved() throws IOException {
        long source = data.open(2018, 1, SheetType.PROGRESS, "2029-04");
        save("iwamizawa", source, PROGRESS).then().statusCode(200);
        Object saved = content("iwamizawa", source);
        byte[] bad = edit(download("iwamizawa", source), wb -> {
            wb.getSheet("KPI").getRow(1).getCell(3).setCellValue("たくさん");
            wb.getSheet("事業工程").getRow(1).createCell(3).setCellValue("来月");
            wb.getSheet("事業工程").getRow(2).getCell(6).setCellValue("まあまあ");
            Row r = wb.getSheet("KPI").getRow(1);
            r.getCell(4).setCellFormula("D2*2");
            // a readable value that breaks a rule (planned end before planned start) is reported in the same answer
            wb.getSheet("実績").getRow(1).getCell(0).setCellValue("長".repeat(10_001));
        });
        upload("iwamizawa", source, bad).then().statusCode(400)
                .body("code", equalTo("IMPORT_INVALID"))
                .body("errors.field", containsInAnyOrder("KPI!D2", "KPI!E2", "事業工程!D2", "事業工程!G3", "実績!A2"))
                .body("errors.find { it.field == 'KPI!D2' }.message", equalTo("数値ではありません"))
                .body("errors.find { it.field == 'KPI!E2' }.code", equalTo("FORMULA"))
                .body("detail", containsString("何も保存されていません"));
        Assertions.assertThat(content("iwamizawa", source)).isEqualTo(saved);
        // rule violations found after reading are reported on their cells too
        byte[] reversed = edit(download("iwamizawa", source), wb -> wb.getSheet("事業工程").getRow(1).getCell(3)
                .setCellValue(java.time.LocalDate.of(2026, 1, 1)));
        upload("iwamizawa", source, reversed).then().statusCode(400).body("errors.field", contains("事業工程!D2"));
        Assertions.assertThat(content("iwamizawa", source)).isEqualTo(saved);
    }

    @Test
    void filesThatAreNotTheFormAreRefused() throws IOException {
        long target = data.open(2018, 1, SheetType.PROGRESS, "2029-06");
        long expense = data.open(2018, 1, SheetType.EXPENSE, "FY2036");
        upload("iwamizawa", target, "ID,名前\n1,x\n".getBytes()).then().statusCode(400).body("code", equalTo("NOT_A_FORM"));
        // another sheet type's form
        upload("iwamizawa", target, download("iwamizawa", expense)).then().statusCode(400).body("code", equalTo("NOT_A_FORM"))
                .body("detail", containsString("JISSO-PROGRESS-1"));
        // a plain workbook
        byte[] plain = edit(download("iwamizawa", target), wb -> wb.getSheet("表紙").getRow(0).getCell(1).setCellValue("something else"));
        upload("iwamizawa", target, plain).then().statusCode(400).body("code", equalTo("NOT_A_FORM"));
        // a macro workbook: the form with a VBA project added
        upload("iwamizawa", target, withEntry(download("iwamizawa", target), "xl/vbaProject.bin")).then().statusCode(400)
                .body("code", equalTo("MACRO_NOT_ALLOWED"));
        // over the size limit
        byte[] huge = new byte[jp.go.jisso.report.excel.SheetWorkbook.MAX_BYTES + 1];
        huge[0] = 'P';
        huge[1] = 'K';
        upload("iwamizawa", target, huge).then().statusCode(413).body("code", equalTo("FILE_TOO_LARGE"));
        as("iwamizawa").get("/api/reports/sheets/" + target).then().body("sheet.status", equalTo("NOT_STARTED"));
        // the writer rule applies to uploads
        upload("officer", target, download("iwamizawa", target)).then().statusCode(403);
    }

    static byte[] withEntry(byte[] xlsx, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
