package jp.go.jisso.report.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.go.jisso.common.Validation;

/**
 * Validation of the four sheet bodies. Drafts may be incomplete but never malformed (lengths,
 * ranges, dates in order, known ministries and sub-projects); a submission must also be complete.
 * Every problem is collected with its field path (e.g. {@code progress.milestones[2].status}).
 */
public final class ContentRules {

    public static final int LONG_TEXT = 10_000;
    public static final int SHORT_TEXT = 300;
    /** One trillion yen: far above any single funding row of the programme. */
    public static final long MAX_YEN = 1_000_000_000_000L;
    public static final BigDecimal MAX_KPI = new BigDecimal("1e15");

    /** What the rules need to know about the project. */
    public record Context(Set<String> ministryCodes, Set<String> subProjectLabels) {}

    private final Validation v;
    private final boolean forSubmit;
    private final Context ctx;

    public ContentRules(Validation v, boolean forSubmit, Context ctx) {
        this.v = v;
        this.forSubmit = forSubmit;
        this.ctx = ctx;
    }

    public void progress(ProgressContent c, String at) {
        text(at + ".results", c.results(), LONG_TEXT, true);
        text(at + ".nextPlan", c.nextPlan(), LONG_TEXT, true);
        List<ProgressContent.Milestone> ms = c.milestonesOrEmpty();
        size(at + ".milestones", ms, 100);
        if (forSubmit && ms.isEmpty()) {
            v.add(at + ".milestones", "REQUIRED", "事業工程のマイルストーンを1件以上入力してください");
        }
        for (int i = 0; i < ms.size(); i++) {
            ProgressContent.Milestone m = ms.get(i);
            String p = at + ".milestones[" + i + "]";
            if (m == null) {
                v.add(p, "REQUIRED", "空の行です");
                continue;
            }
            text(p + ".name", m.name(), SHORT_TEXT, true);
            required(p + ".plannedEnd", m.plannedEnd());
            required(p + ".status", m.status());
            text(p + ".note", m.note(), SHORT_TEXT * 3, false);
            order(p + ".plannedEnd", m.plannedStart(), m.plannedEnd());
            order(p + ".actualEnd", m.actualStart(), m.actualEnd());
        }
        List<ProgressContent.Kpi> kpis = c.kpisOrEmpty();
        size(at + ".kpis", kpis, 50);
        for (int i = 0; i < kpis.size(); i++) {
            ProgressContent.Kpi k = kpis.get(i);
            String p = at + ".kpis[" + i + "]";
            if (k == null) {
                v.add(p, "REQUIRED", "空の行です");
                continue;
            }
            text(p + ".name", k.name(), SHORT_TEXT, true);
            text(p + ".unit", k.unit(), 50, true);
            number(p + ".baseline", k.baseline());
            number(p + ".actual", k.actual());
            List<ProgressContent.KpiTarget> targets = k.targets() == null ? List.of() : k.targets();
            size(p + ".targets", targets, 10);
            Set<Integer> years = new HashSet<>();
            for (int j = 0; j < targets.size(); j++) {
                ProgressContent.KpiTarget t = targets.get(j);
                String tp = p + ".targets[" + j + "]";
                if (t == null) {
                    v.add(tp, "REQUIRED", "空の行です");
                    continue;
                }
                if (t.fy() < 2018 || t.fy() > 2100) {
                    v.add(tp + ".fy", "OUT_OF_RANGE", "年度は2018〜2100で入力してください");
                } else if (!years.add(t.fy())) {
                    v.add(tp + ".fy", "DUPLICATE", t.fy() + "年度の目標が重複しています");
                }
                required(tp + ".value", t.value());
                number(tp + ".value", t.value());
            }
        }
    }

    public void opinion(OpinionContent c, String at) {
        required(at + ".assessment", c.assessment());
        text(at + ".findings", c.findings(), LONG_TEXT, true);
        text(at + ".advice", c.advice(), LONG_TEXT, false);
        text(at + ".supportNeeded", c.supportNeeded(), LONG_TEXT, false);
        required(at + ".followUpRequired", c.followUpRequired());
        List<String> ministries = c.supportMinistriesOrEmpty();
        size(at + ".supportMinistries", ministries, 20);
        for (int i = 0; i < ministries.size(); i++) {
            ministry(at + ".supportMinistries[" + i + "]", ministries.get(i));
        }
        if (forSubmit && c.supportNeeded() != null && !c.supportNeeded().isBlank() && ministries.isEmpty()) {
            v.add(at + ".supportMinistries", "REQUIRED", "支援を求める省庁を選んでください");
        }
    }

    public void issue(IssueContent c, String at) {
        List<IssueContent.Issue> issues = c.issuesOrEmpty();
        size(at + ".issues", issues, 200);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            IssueContent.Issue is = issues.get(i);
            String p = at + ".issues[" + i + "]";
            if (is == null) {
                v.add(p, "REQUIRED", "空の行です");
                continue;
            }
            if (is.id() != null && !is.id().isBlank()) {
                if (!is.id().matches("[A-Za-z0-9-]{1,20}")) {
                    v.add(p + ".id", "FORMAT", "IDは英数字とハイフン20文字以内です");
                } else if (!ids.add(is.id())) {
                    v.add(p + ".id", "DUPLICATE", "ID " + is.id() + " が重複しています");
                }
            }
            required(p + ".category", is.category());
            required(p + ".status", is.status());
            text(p + ".law", is.law(), SHORT_TEXT, false);
            text(p + ".article", is.article(), 100, false);
            text(p + ".description", is.description(), LONG_TEXT, true);
            text(p + ".proposedSolution", is.proposedSolution(), LONG_TEXT, false);
            if (is.responsibleMinistry() != null && !is.responsibleMinistry().isBlank()) {
                ministry(p + ".responsibleMinistry", is.responsibleMinistry());
            }
            List<IssueContent.FollowUp> fs = is.followUpsOrEmpty();
            size(p + ".followUps", fs, 500);
            for (int j = 0; j < fs.size(); j++) {
                followUp(p + ".followUps[" + j + "]", fs.get(j));
            }
        }
    }

    public void followUp(String p, IssueContent.FollowUp f) {
        if (f == null) {
            v.add(p, "REQUIRED", "空の行です");
            return;
        }
        String pre = p.isEmpty() ? "" : p + ".";
        if (f.date() == null) {
            v.add(pre + "date", "REQUIRED", "日付を入力してください");
        }
        if (f.text() == null || f.text().isBlank()) {
            v.add(pre + "text", "REQUIRED", "内容を入力してください");
        } else if (f.text().length() > LONG_TEXT) {
            v.add(pre + "text", "TOO_LONG", LONG_TEXT + "文字以内で入力してください");
        }
        text(pre + "authorName", f.authorName(), 200, false);
    }

    public void expense(ExpenseContent c, String at) {
        List<ExpenseContent.ExpenseRow> rows = c.rowsOrEmpty();
        size(at + ".rows", rows, 200);
        for (int i = 0; i < rows.size(); i++) {
            ExpenseContent.ExpenseRow r = rows.get(i);
            String p = at + ".rows[" + i + "]";
            if (r == null) {
                v.add(p, "REQUIRED", "空の行です");
                continue;
            }
            text(p + ".schemeName", r.schemeName(), SHORT_TEXT, true);
            required(p + ".type", r.type());
            if (r.ministry() != null && !r.ministry().isBlank()) {
                ministry(p + ".ministry", r.ministry());
            } else if (forSubmit && r.type() != null && r.type() != FundingType.OWN_FUNDS && r.type() != FundingType.PRIVATE_FUNDS
                    && r.type() != FundingType.OTHER) {
                v.add(p + ".ministry", "REQUIRED", "国の制度には所管省庁を入力してください");
            }
            if (r.subProject() != null && !r.subProject().isBlank() && !ctx.subProjectLabels().contains(r.subProject())) {
                v.add(p + ".subProject", "UNKNOWN_VALUE", "事業「" + r.subProject() + "」はこの事業にありません（"
                        + String.join(", ", ctx.subProjectLabels().stream().sorted().toList()) + "）");
            }
            yen(p + ".budgeted", r.budgeted());
            yen(p + ".granted", r.granted());
            yen(p + ".executed", r.executed());
        }
    }

    private void ministry(String field, String code) {
        if (code == null || !ctx.ministryCodes().contains(code)) {
            v.add(field, "UNKNOWN_VALUE", "省庁コード「" + code + "」は登録されていません");
        }
    }

    private void yen(String field, Long amount) {
        required(field, amount);
        if (amount != null && (amount < 0 || amount > MAX_YEN)) {
            v.add(field, "OUT_OF_RANGE", "金額は0円以上1兆円以下の整数で入力してください");
        }
    }

    private void number(String field, BigDecimal n) {
        if (n != null && n.abs().compareTo(MAX_KPI) > 0) {
            v.add(field, "OUT_OF_RANGE", "値が大きすぎます");
        }
    }

    private void order(String field, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            v.add(field, "BEFORE_START", "終了日が開始日より前です");
        }
    }

    private void required(String field, Object value) {
        if (forSubmit && value == null && !v.has(field)) {
            v.add(field, "REQUIRED", "入力してください");
        }
    }

    private void text(String field, String value, int max, boolean requiredOnSubmit) {
        if (value != null && value.length() > max) {
            v.add(field, "TOO_LONG", max + "文字以内で入力してください");
        } else if (requiredOnSubmit && forSubmit && (value == null || value.isBlank())) {
            v.add(field, "REQUIRED", "入力してください");
        }
    }

    private void size(String field, List<?> list, int max) {
        if (list.size() > max) {
            v.add(field, "TOO_MANY", max + "件以内にしてください");
        }
    }
}
