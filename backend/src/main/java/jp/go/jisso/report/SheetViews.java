package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.go.jisso.access.Caller;
import jp.go.jisso.access.Role;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.report.content.ExpenseContent;
import jp.go.jisso.report.content.Flags;
import jp.go.jisso.report.content.IssueContent;
import jp.go.jisso.report.content.OpinionContent;
import jp.go.jisso.report.content.ProgressContent;
import jp.go.jisso.report.dto.ExpenseTotals;
import jp.go.jisso.report.dto.ReviewView;
import jp.go.jisso.report.dto.SheetSummary;
import jp.go.jisso.report.dto.SheetView;

/** Builds the API view of a sheet for a caller: content, derived flags and the actions the caller may take. */
@ApplicationScoped
public class SheetViews {

    @Inject
    SheetContents contents;

    @Inject
    SheetQueries queries;

    @Inject
    ReportAccess access;

    @Inject
    ReportClock clock;

    public SheetView of(Caller caller, ReportSheet s) {
        Object content = contents.read(s.type, s.content);
        String divergence = null;
        ExpenseTotals totals = null;
        List<List<Integer>> duplicates = null;
        if (s.type == SheetType.OPINION) {
            divergence = divergenceReason(s, (OpinionContent) content).orElse(null);
        }
        if (s.type == SheetType.EXPENSE) {
            ExpenseContent e = (ExpenseContent) content;
            totals = ExpenseTotals.of(Flags.totals(e), code -> Organisation.findByCode(code).map(o -> o.nameJa).orElse(code));
            duplicates = Flags.duplicateFunding(e);
        }
        ReviewView last = queries.lastDecision(s).map(ReviewView::of).orElse(null);
        return new SheetView(SheetSummary.of(s, clock.today()), contents.wrap(s.type, content), s.latenessReason,
                divergence, totals, duplicates, last, allowedActions(caller, s, content), s.version);
    }

    /** The progress sheet of the same project and period, when there is one. */
    public Optional<ReportSheet> progressOf(ReportSheet opinion) {
        return ReportSheet.find("project = ?1 and type = ?2 and periodKey = ?3", opinion.project, SheetType.PROGRESS,
                opinion.periodKey).firstResultOptional();
    }

    public Optional<String> divergenceReason(ReportSheet opinionSheet, OpinionContent opinion) {
        ProgressContent progress = progressOf(opinionSheet).map(p -> contents.<ProgressContent>read(SheetType.PROGRESS, p.content)).orElse(null);
        return Flags.divergence(opinion, progress);
    }

    List<SheetAction> allowedActions(Caller caller, ReportSheet s, Object content) {
        List<SheetAction> actions = new ArrayList<>();
        boolean writer = access.canWrite(caller, s);
        if (writer && SheetAction.SAVE.allowedIn(s.status)) {
            actions.add(SheetAction.SAVE);
        }
        if (writer && SheetAction.SUBMIT.allowedIn(s.status)) {
            actions.add(SheetAction.SUBMIT);
        }
        if (access.canReview(caller) && SheetAction.RETURN.allowedIn(s.status)) {
            actions.add(SheetAction.RETURN);
            actions.add(SheetAction.ACCEPT);
        }
        if (access.canComment(caller, s) && SheetAction.COMMENT.allowedIn(s.status)) {
            actions.add(SheetAction.COMMENT);
        }
        if (s.type == SheetType.ISSUE && SheetAction.ADD_FOLLOW_UP.allowedIn(s.status) && content instanceof IssueContent ic) {
            boolean any = ic.issuesOrEmpty().stream().anyMatch(i -> i != null && access.canAddFollowUp(caller, s, i.responsibleMinistry()));
            if (any) {
                actions.add(SheetAction.ADD_FOLLOW_UP);
            }
        }
        return actions;
    }

    /** The role a reviewer acted in, for the review record. */
    static String roleOf(Caller caller) {
        return caller.hasRole(Role.CAO) ? Role.CAO : caller.hasRole(Role.SUPPORT_OFFICER) ? Role.SUPPORT_OFFICER
                : caller.roles().stream().findFirst().orElse(null);
    }
}
