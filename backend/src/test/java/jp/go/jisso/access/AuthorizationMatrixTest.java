package jp.go.jisso.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.person.Person;
import jp.go.jisso.project.AssignmentKind;
import jp.go.jisso.project.Project;
import jp.go.jisso.project.ProjectAssignment;
import jp.go.jisso.project.SubProject;
import jp.go.jisso.project.SupportScheme;
import jp.go.jisso.report.ReportNotification;
import jp.go.jisso.report.ReportReview;
import jp.go.jisso.report.ReportRevision;
import jp.go.jisso.report.ReportSheet;
import jp.go.jisso.report.ReportTestData;
import jp.go.jisso.report.SheetStatus;
import jp.go.jisso.report.SheetType;
import io.quarkus.arc.Arc;
import jp.go.jisso.support.ApiTest;
import jp.go.jisso.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The authorization matrix: for every operation in openapi.yaml, every role, on a record of
 * the caller's own reach and one outside it, the expected status. The rows live in
 * src/test/resources/authz/*.matrix; an operation without rows fails the build.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends ApiTest {

    static final List<String> ROLES = List.of("cao", "officer", "contact.mlit", "ministry.maff", "iwamizawa", "sendai", "company",
            "service-account-ministry-script-mlit", "anonymous");
    static final Path MATRICES = Path.of("src", "test", "resources", "authz");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    record Row(String file, int line, String method, String path, String ifMatch, String body, List<Integer> expected) {
        String operation() {
            return method + " " + PLACEHOLDER.matcher(path.split("\\?")[0]).replaceAll("{}");
        }
    }

    final Map<String, String> fixtures = new HashMap<>();
    final AtomicInteger counter = new AtomicInteger(1);

    @BeforeAll
    void resolveFixtures() {
        QuarkusTransaction.requiringNew().run(() -> {
            Project p = project(2018, 1);
            Project q = project(2018, 4);
            fixtures.put("P", p.id.toString());
            fixtures.put("Q", q.id.toString());
            for (var org : Map.of("orgIwamizawa", "012106", "orgHokkaido", "010006", "orgChiba", "121002", "orgMic", "mic",
                    "orgMlit", "mlit", "orgDigital", "digital").entrySet()) {
                fixtures.put(org.getKey(), Organisation.findByCode(org.getValue()).orElseThrow().id.toString());
            }
            fixtures.put("personP", Person.findBySubject(Tokens.SUBJECT_PREFIX + 6).orElseThrow().id.toString());
            ProjectAssignment officerQ = ProjectAssignment.<ProjectAssignment>find(
                    "project = ?1 and kind = ?2 and endDate is null", q, AssignmentKind.SUPPORT_OFFICER).firstResult();
            fixtures.put("personQ", officerQ.person.id.toString());
            fixtures.put("assignmentQ", officerQ.id.toString());
            fixtures.put("assignmentP", ProjectAssignment.<ProjectAssignment>find("project = ?1 and kind = ?2", p, AssignmentKind.MEMBER)
                    .firstResult().id.toString());
            fixtures.put("subP", p.subProjects.get(0).id.toString());
            SubProject subQ = new SubProject();
            subQ.project = q;
            subQ.label = "zz";
            subQ.title = "権限テスト";
            subQ.scheme = SupportScheme.OTHER;
            subQ.ministries.add(Organisation.findByCode("digital").orElseThrow());
            subQ.persist();
            fixtures.put("subQ", subQ.id.toString());
        });
        openReportSheets();
    }

    static final List<String> MATRIX_PERIODS = List.of("2040-01", "FY2040");

    /** One sheet of each type on {P} and one on {Q}, in DRAFT with two revisions, for the reports matrix. */
    void openReportSheets() {
        ReportTestData sheets = Arc.container().instance(ReportTestData.class).get();
        Map<String, Long> ids = new HashMap<>();
        ids.put("progressP", sheets.open(2018, 1, SheetType.PROGRESS, "2040-01"));
        ids.put("opinionP", sheets.open(2018, 1, SheetType.OPINION, "2040-01"));
        ids.put("issueP", sheets.open(2018, 1, SheetType.ISSUE, "FY2040"));
        ids.put("expenseP", sheets.open(2018, 1, SheetType.EXPENSE, "FY2040"));
        ids.put("progressQ", sheets.open(2018, 4, SheetType.PROGRESS, "2040-01"));
        QuarkusTransaction.requiringNew().run(() -> {
            for (var e : ids.entrySet()) {
                ReportSheet s = ReportSheet.findById(e.getValue());
                s.status = SheetStatus.DRAFT;
                if (e.getKey().equals("issueP")) {
                    s.content = Map.of("issues", List.of(Map.of("id", "I-1", "category", "LAW", "law", "農地法",
                            "responsibleMinistry", "maff", "description", "権限テスト", "status", "COORDINATING")));
                }
                for (int n = 1; n <= 2; n++) {
                    ReportRevision r = new ReportRevision();
                    r.sheet = s;
                    r.number = n;
                    r.content = s.content == null ? Map.of() : s.content;
                    r.submittedBy = "iwamizawa";
                    r.submittedByName = "岩見沢市 担当";
                    r.persist();
                }
                s.currentRevision = 2;
                fixtures.put(e.getKey(), e.getValue().toString());
            }
            ReportNotification n = new ReportNotification();
            n.person = Person.findBySubject(Tokens.SUBJECT_PREFIX + 6).orElseThrow();
            n.sheet = ReportSheet.findById(ids.get("progressP"));
            n.kind = "TEST";
            n.message = "権限テスト";
            n.persist();
            fixtures.put("notificationIwamizawa", n.id.toString());
            fixtures.put("typeProgress", SheetType.PROGRESS.name());
            fixtures.put("firstRevision", "1");
            fixtures.put("firstIssue", "I-1");
        });
    }

    @AfterAll
    void removeWhatTheMatrixCreated() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation digital = Organisation.findByCode("digital").orElseThrow();
            ProjectAssignment.delete("organisation = ?1", digital);
            SubProject.<SubProject>list("title = '権限テスト'").forEach(s -> {
                s.project.subProjects.remove(s);
                s.delete();
            });
            Project.<Project>list("selectionFy = 2099").forEach(Project::delete);
            for (ReportSheet sheet : ReportSheet.<ReportSheet>list("periodKey in ?1", MATRIX_PERIODS)) {
                ReportNotification.delete("sheet", sheet);
                ReportReview.delete("sheet", sheet);
                ReportRevision.delete("sheet", sheet);
                sheet.delete();
            }
        });
    }

    static Project project(int fy, int number) {
        return Project.<Project>find("selectionFy = ?1 and number = ?2", fy, number).firstResult();
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(MATRICES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".matrix")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split("\\s*\\|\\s*");
                    List<Integer> expected = Stream.of(cells[4].trim().split("\\s+")).map(Integer::valueOf).toList();
                    assertThat(expected).as(file.getFileName() + ":" + (i + 1) + " has a status for each role").hasSize(ROLES.size());
                    rows.add(new Row(file.getFileName().toString(), i + 1, cells[0], cells[1], cells[2], cells[3], expected));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Set<String> operationsInContract() throws IOException {
        JsonNode paths = new YAMLMapper().readTree(Path.of("..", "openapi.yaml").toFile()).get("paths");
        Set<String> ops = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            path.getValue().fieldNames().forEachRemaining(method ->
                    ops.add(method.toUpperCase() + " " + PLACEHOLDER.matcher(path.getKey()).replaceAll("{}")));
        }
        return ops;
    }

    @Test
    void everyOperationOfTheContractHasRowsAndEveryRowAnOperation() throws IOException {
        Set<String> contract = operationsInContract();
        Set<String> covered = new TreeSet<>(rows().stream().map(Row::operation).toList());
        assertThat(new TreeSet<>(contract)).as("operations in openapi.yaml without a row in authz/*.matrix")
                .isSubsetOf(covered);
        assertThat(covered).as("rows for operations that are not in openapi.yaml").isSubsetOf(contract);
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsTheExpectedStatus() {
        return rows().stream().flatMap(row -> {
            List<DynamicTest> tests = new ArrayList<>();
            for (int r = 0; r < ROLES.size(); r++) {
                String role = ROLES.get(r);
                int expected = row.expected().get(r);
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.path() + " as " + role + " → " + expected,
                        () -> assertThat(call(row, role))
                                .as("%s:%d %s %s as %s", row.file(), row.line(), row.method(), row.path(), role)
                                .isEqualTo(expected)));
            }
            return tests.stream();
        });
    }

    int call(Row row, String role) {
        RequestSpecification request = role.equals("anonymous") ? RestAssured.given() : as(role);
        if (!row.ifMatch().equals("-")) {
            request = request.header("If-Match", row.ifMatch());
        }
        if (row.body().equals("@bytes")) {
            request = request.contentType("application/octet-stream").body(new byte[] {'P', 'K'});
        } else if (!row.body().equals("-")) {
            request = request.contentType(ContentType.JSON).body(resolve(row.body()));
        }
        return request.request(row.method(), resolve(row.path())).then().extract().statusCode();
    }

    String resolve(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "n" -> Integer.toString(counter.getAndIncrement());
                case "letters" -> {
                    int n = counter.getAndIncrement();
                    yield "q" + (char) ('a' + n % 26);
                }
                default -> fixtures.get(name);
            };
            assertThat(value).as("fixture {%s}", name).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
