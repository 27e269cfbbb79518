package jp.go.jisso.report.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.common.FiscalYear;
import jp.go.jisso.common.JissoConfig;
import jp.go.jisso.project.Project;
import jp.go.jisso.report.ReportClock;
import jp.go.jisso.report.ReportSchedule;
import jp.go.jisso.report.ReportSheet;
import jp.go.jisso.report.SheetGenerator;
import jp.go.jisso.report.SheetService;
import jp.go.jisso.report.SheetType;
import jp.go.jisso.report.content.SheetContent;
import jp.go.jisso.report.dto.AcceptInput;
import jp.go.jisso.report.dto.ReturnInput;
import jp.go.jisso.report.dto.SectionComment;
import jp.go.jisso.report.dto.SubmitInput;
import org.jboss.logging.Logger;

/**
 * Demo follow-up (make run, e2e, tests): the last three months and the current one, with
 * sheets of the demo projects 2018-1 (岩見沢市 etc., officer 国土交通省) and 2018-2 (仙台市) in
 * every state, written through the real services by the demo users. Runs after the registry
 * seed (StartupSeeder) when JISSO_DEMO_DATA is on; skipped once the demo sheets exist.
 */
@ApplicationScoped
public class ReportDemoData {

    private static final Logger LOG = Logger.getLogger(ReportDemoData.class);
    static final long DEMO_LOCK = 0x4A4953534F21L;
    static final String SUBJECT = "11111111-0000-4000-8000-00000000000";

    @Inject
    JissoConfig config;

    @Inject
    EntityManager em;

    @Inject
    SheetGenerator generator;

    @Inject
    SheetService sheets;

    @Inject
    ReportClock clock;

    @Inject
    ObjectMapper json;

    /** Own transaction, after the registry seed; a failure here is logged and never stops the application. */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (config.seed().demoData()) {
            try {
                QuarkusTransaction.requiringNew().run(this::ensure);
            } catch (RuntimeException e) {
                LOG.error("Demo follow-up data could not be loaded", e);
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ensure() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + DEMO_LOCK + ")").getSingleResult();
        Project hokkaido = project(2018, 1);
        Project sendai = project(2018, 2);
        if (hokkaido == null || sendai == null || Project.count() == 0) {
            return;
        }
        if (ReportSheet.count("project = ?1 and content is not null", hokkaido) > 0) {
            return;
        }
        LocalDate today = clock.today();
        YearMonth current = YearMonth.from(today);
        for (ReportSchedule s : ReportSchedule.<ReportSchedule>listAll()) {
            if (s.version == 0) { // never set by the Cabinet Office: show three months of history
                s.startsOn = s.sheetType == SheetType.PROGRESS || s.sheetType == SheetType.OPINION
                        ? current.minusMonths(3).atDay(1) : FiscalYear.start(FiscalYear.of(today) - 1).plusYears(1);
            }
        }
        em.flush();
        generator.generateUntil(today, null);

        Caller iwamizawa = new DemoCaller("iwamizawa", SUBJECT + "6", Role.LOCAL_GOVERNMENT, "012106");
        Caller sendaiCity = new DemoCaller("sendai", SUBJECT + "7", Role.LOCAL_GOVERNMENT, "041009");
        Caller officer = new DemoCaller("officer", SUBJECT + "2", Role.SUPPORT_OFFICER, "mlit");
        Caller cao = new DemoCaller("cao", SUBJECT + "1", Role.CAO, "cao");
        String[] m = {current.minusMonths(3).toString(), current.minusMonths(2).toString(), current.minusMonths(1).toString(), current.toString()};

        // 2018-1: progress sheets accepted (after one return), returned, submitted, draft
        long p0 = id(hokkaido, SheetType.PROGRESS, m[0]);
        save(iwamizawa, p0, progress(m[0], "ON_TRACK", "ON_TRACK", 180));
        submit(iwamizawa, p0);
        sheets.returnSheet(cao, p0, v(p0), new ReturnInput(List.of(
                new SectionComment("kpis", "利用者数の実績値の集計方法を補足してください。"))));
        save(iwamizawa, p0, progress(m[0], "ON_TRACK", "ON_TRACK", 182));
        submit(iwamizawa, p0);
        sheets.accept(cao, p0, v(p0), new AcceptInput("受理します。"));
        long p1 = id(hokkaido, SheetType.PROGRESS, m[1]);
        save(iwamizawa, p1, progress(m[1], "ON_TRACK", "DELAYED", 260));
        submit(iwamizawa, p1);
        sheets.returnSheet(cao, p1, v(p1), new ReturnInput(List.of(
                new SectionComment("milestones", "遅延しているマイルストーンの見通しと対応を記載してください。"),
                new SectionComment("general", "次期計画に関係機関との調整予定を含めてください。"))));
        long p2 = id(hokkaido, SheetType.PROGRESS, m[2]);
        save(iwamizawa, p2, progress(m[2], "ON_TRACK", "ON_TRACK", 330));
        submit(iwamizawa, p2);
        save(iwamizawa, id(hokkaido, SheetType.PROGRESS, m[3]), progress(m[3], "ON_TRACK", "ON_TRACK", 120));

        // 2018-1: opinion sheets accepted, submitted (flagged: officer at risk, milestones all 順調), draft, not started
        long o0 = id(hokkaido, SheetType.OPINION, m[0]);
        save(officer, o0, opinion("ON_TRACK"));
        submit(officer, o0);
        sheets.accept(cao, o0, v(o0), new AcceptInput(null));
        long o2 = id(hokkaido, SheetType.OPINION, m[2]);
        save(officer, o2, opinion("AT_RISK"));
        submit(officer, o2);
        save(officer, id(hokkaido, SheetType.OPINION, m[1]), opinion("MOSTLY_ON_TRACK"));

        // 2018-1: issue register (submitted) and the past FY's expense survey (draft, duplicate scheme flagged)
        int fy = FiscalYear.of(today);
        long issues = id(hokkaido, SheetType.ISSUE, "FY" + fy);
        save(iwamizawa, issues, read("issues"));
        submit(iwamizawa, issues);
        long expense = id(hokkaido, SheetType.EXPENSE, "FY" + (fy - 1));
        save(iwamizawa, expense, read("expense"));

        // 2018-2: accepted, resubmitted after a return, and the last month still not started (overdue)
        long s0 = id(sendai, SheetType.PROGRESS, m[0]);
        save(sendaiCity, s0, progress(m[0], "ON_TRACK", "ON_TRACK", 40));
        submit(sendaiCity, s0);
        sheets.accept(cao, s0, v(s0), new AcceptInput(null));
        long s1 = id(sendai, SheetType.PROGRESS, m[1]);
        save(sendaiCity, s1, progress(m[1], "ON_TRACK", "ACTION_NEEDED", 52));
        submit(sendaiCity, s1);
        sheets.returnSheet(cao, s1, v(s1), new ReturnInput(List.of(new SectionComment("milestones", "要対応の内容を具体的に記載してください。"))));
        save(sendaiCity, s1, progress(m[1], "ON_TRACK", "DELAYED", 52));
        submit(sendaiCity, s1);
        LOG.infof("Demo follow-up loaded: sheets of %s..%s for the demo projects", m[0], m[3]);
    }

    private static Project project(int fy, int number) {
        return Project.<Project>find("selectionFy = ?1 and number = ?2", fy, number).firstResult();
    }

    private static long id(Project p, SheetType type, String period) {
        ReportSheet s = ReportSheet.<ReportSheet>find("project = ?1 and type = ?2 and periodKey = ?3", p, type, period).firstResult();
        if (s == null) {
            throw new IllegalStateException("demo sheet " + type + " " + period + " of project " + p.id + " was not opened");
        }
        return s.id;
    }

    private String v(long id) {
        em.flush();
        return String.valueOf(ReportSheet.<ReportSheet>findById(id).version);
    }

    private void save(Caller who, long id, SheetContent content) {
        sheets.saveContent(who, id, v(id), content);
    }

    private void submit(Caller who, long id) {
        sheets.submit(who, id, v(id), new SubmitInput("デモデータ: 庁内決裁に時間を要したため"));
    }

    private SheetContent progress(String month, String first, String second, int users) {
        String body = """
                {"progress":{"results":"%s: 自動運転バスの実証運行を継続し、延べ%d人が利用した。ドローン配送の試験飛行を2回実施した。",
                  "milestones":[
                    {"name":"自動運転バス実証運行（第2期）","plannedStart":"%s-01","plannedEnd":"%s-28","actualStart":"%s-01","status":"%s"},
                    {"name":"ドローン物流の目視外飛行申請","plannedEnd":"%s-20","status":"%s","note":"航空局と調整中"},
                    {"name":"ロボット農機の遠隔監視実証","plannedStart":"%s-01","plannedEnd":"%s-28","status":"ON_TRACK"}],
                  "kpis":[
                    {"name":"自動運転バス利用者数（月間）","unit":"人","baseline":0,"targets":[{"fy":2026,"value":300},{"fy":2027,"value":600}],"actual":%d},
                    {"name":"ドローン配送件数（月間）","unit":"件","baseline":0,"targets":[{"fy":2026,"value":20}],"actual":2}],
                  "nextPlan":"運行ダイヤの見直しと、住民向け説明会の開催。"}}"""
                .formatted(month, users, month, month, month, first, month, second, month, month, users);
        return parse(body);
    }

    private SheetContent opinion(String assessment) {
        return parse("""
                {"opinion":{"assessment":"%s","findings":"運行は概ね計画どおり。冬季の運行体制に課題がある。",
                  "advice":"除雪体制について道路管理者との事前調整を助言した。","supportNeeded":"冬季の自動運転に関する技術的助言",
                  "supportMinistries":["mlit"],"followUpRequired":true}}""".formatted(assessment));
    }

    private SheetContent read(String name) {
        return parse(switch (name) {
            case "issues" -> """
                    {"issue":{"issues":[
                      {"category":"REGULATION","law":"航空法","article":"第132条の85","responsibleMinistry":"mlit",
                       "description":"ドローンの目視外飛行（レベル3）の許可手続に時間を要する。","proposedSolution":"包括申請と飛行経路の標準化",
                       "status":"COORDINATING","followUps":[{"date":"2026-06-10","text":"航空局と事前相談を実施","authorName":"岩見沢市 担当","authorOrganisation":"012106"}]},
                      {"category":"LAW","law":"農地法","responsibleMinistry":"maff","description":"ロボット農機の格納庫設置に伴う農地転用。",
                       "status":"NOT_STARTED"},
                      {"category":"CONSENSUS","description":"自動運転バスの運行ルートについて沿線住民の合意形成が必要。","status":"COORDINATING"}]}}""";
            case "expense" -> """
                    {"expense":{"rows":[
                      {"schemeName":"自動運転実証支援（デモ）","type":"SUBSIDY","ministry":"mlit","subProject":"a","budgeted":120000000,"granted":100000000,"executed":98765432},
                      {"schemeName":"スマート農業実証（デモ）","type":"SUBSIDY","ministry":"maff","subProject":"b","budgeted":50000000,"granted":45000000,"executed":44000000},
                      {"schemeName":"デジタル田園都市国家構想交付金","type":"GRANT","ministry":"cao","subProject":"c","budgeted":30000000,"granted":30000000,"executed":28500000},
                      {"schemeName":"自動運転実証支援（デモ）","type":"SUBSIDY","ministry":"mlit","subProject":"a","budgeted":20000000,"granted":20000000,"executed":0},
                      {"schemeName":"一般財源","type":"OWN_FUNDS","budgeted":15000000,"granted":15000000,"executed":14200000}]}}""";
            default -> throw new IllegalArgumentException(name);
        });
    }

    private SheetContent parse(String body) {
        try {
            return json.readValue(body, SheetContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
