package jp.go.jisso.report;

import static org.hamcrest.Matchers.*;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReminderMailTest extends ReportApiTest {

    static List<MimeMessage> mailsFor(long sheetId, String kind) {
        return Arrays.stream(GreenMailResource.greenMail.getReceivedMessages()).filter(m -> {
            try {
                String[] s = m.getHeader("X-Jisso-Sheet");
                String[] k = m.getHeader("X-Jisso-Reminder");
                return s != null && s[0].equals(String.valueOf(sheetId)) && k != null && k[0].equals(kind);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<String> recipients(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static void run(LocalDate asOf) {
        as("cao").contentType(ContentType.JSON).body("{\"asOf\":\"" + asOf + "\"}").post("/api/reports/reminders/run")
                .then().statusCode(200);
    }

    @Test
    void remindersArriveByMailExactlyOnceBeforeAndAfterTheDueDate() {
        long id = data.open(2018, 1, SheetType.PROGRESS, "2028-06");
        LocalDate due = LocalDate.parse(as("cao").get("/api/reports/sheets/" + id).then().extract().path("sheet.dueDate"));
        run(due.minusDays(30));
        Assertions.assertThat(mailsFor(id, "BEFORE_DUE")).isEmpty();
        run(due.minusDays(2));
        run(due.minusDays(1));
        run(due);
        List<MimeMessage> before = mailsFor(id, "BEFORE_DUE");
        Assertions.assertThat(recipients(before)).containsExactlyInAnyOrder("iwamizawa@demo.jisso.example", "hokkaido@demo.jisso.example");
        run(due.plusDays(1));
        run(due.plusDays(2));
        Assertions.assertThat(recipients(mailsFor(id, "OVERDUE")))
                .containsExactlyInAnyOrder("iwamizawa@demo.jisso.example", "hokkaido@demo.jisso.example");
        Assertions.assertThat(mailsFor(id, "BEFORE_DUE")).hasSize(2);
        try {
            Assertions.assertThat(before.get(0).getSubject()).contains("提出期限").contains("進行管理シート");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        as("iwamizawa").get("/api/reports/notifications").then().statusCode(200)
                .body("items.findAll { it.sheetId == " + id + " }.kind", containsInAnyOrder("BEFORE_DUE", "OVERDUE"))
                .body("unread", greaterThanOrEqualTo(2));
        int notification = as("iwamizawa").get("/api/reports/notifications").then().extract().path("items[0].id");
        as("iwamizawa").post("/api/reports/notifications/" + notification + "/read").then().statusCode(200).body("readAt", notNullValue());
        as("sendai").post("/api/reports/notifications/" + notification + "/read").then().statusCode(404);
    }

    @Test
    void noReminderGoesToThoseWhoAlreadySubmitted() {
        long id = data.open(2018, 1, SheetType.OPINION, "2028-07");
        save("officer", id, SheetContentTest.OPINION_AT_RISK).then().statusCode(200);
        data.setDue(id, LocalDate.now(ReportClock.JAPAN).plusDays(2));
        post("officer", id, "submit", "{}").then().statusCode(200);
        run(LocalDate.now(ReportClock.JAPAN));
        run(LocalDate.now(ReportClock.JAPAN).plusDays(3));
        Assertions.assertThat(mailsFor(id, "BEFORE_DUE")).isEmpty();
        Assertions.assertThat(mailsFor(id, "OVERDUE")).isEmpty();
    }

    @Test
    void theOfficerIsRemindedOfOpinionSheets() {
        long id = data.open(2018, 1, SheetType.OPINION, "2028-08");
        LocalDate due = LocalDate.parse(as("cao").get("/api/reports/sheets/" + id).then().extract().path("sheet.dueDate"));
        run(due.minusDays(1));
        Assertions.assertThat(recipients(mailsFor(id, "BEFORE_DUE"))).containsExactly("officer@demo.jisso.example");
        as("officer").contentType(ContentType.JSON).body("{}").post("/api/reports/reminders/run").then().statusCode(403);
    }
}
