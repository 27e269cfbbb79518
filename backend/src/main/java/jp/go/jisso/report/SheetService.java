package jp.go.jisso.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.jisso.access.Caller;
import jp.go.jisso.audit.AuditLog;
import jp.go.jisso.common.ApiException;
import jp.go.jisso.common.Problem;
import jp.go.jisso.common.Validation;
import jp.go.jisso.common.Versions;
import jp.go.jisso.report.content.ExpenseContent;
import jp.go.jisso.report.content.Flags;
import jp.go.jisso.report.content.IssueContent;
import jp.go.jisso.report.content.OpinionContent;
import jp.go.jisso.report.content.SheetContent;
import jp.go.jisso.report.dto.AcceptInput;
import jp.go.jisso.report.dto.CommentInput;
import jp.go.jisso.report.dto.FollowUpInput;
import jp.go.jisso.report.dto.ReturnInput;
import jp.go.jisso.report.dto.SectionComment;
import jp.go.jisso.report.dto.SubmitInput;

/** Writes to sheets: access-checked, versioned (If-Match), state-checked, validated, audited. */
@ApplicationScoped
public class SheetService {

    public static final String RECORD = "ReportSheet";
    static final int MAX_COMMENT = 5_000;

    /** Sections a review comment may name, per sheet type ("general" for the sheet as a whole). */
    public static final Map<SheetType, Set<String>> SECTIONS = Map.of(
            SheetType.PROGRESS, Set.of("general", "results", "milestones", "kpis", "nextPlan"),
            SheetType.OPINION, Set.of("general", "assessment", "findings", "advice", "supportNeeded", "followUpRequired"),
            SheetType.ISSUE, Set.of("general", "issues"),
            SheetType.EXPENSE, Set.of("general", "rows"));

    @Inject
    SheetQueries queries;

    @Inject
    ReportAccess access;

    @Inject
    SheetContents contents;

    @Inject
    SheetViews views;

    @Inject
    AuditLog audit;

    @Inject
    ReportClock clock;

    /** What the audit trail keeps of a sheet. */
    record Audited(SheetStatus status, int currentRevision, String latenessReason, Map<String, Object> content) {
        static Audited of(ReportSheet s) {
            return new Audited(s.status, s.currentRevision, s.latenessReason, s.content);
        }
    }

    static AuditLog.Scope scope(ReportSheet s) {
        return new AuditLog.Scope("Project", s.project.id);
    }

    @Transactional
    public ReportSheet saveContent(Caller caller, long id, String ifMatch, SheetContent input) {
        ReportSheet s = queries.require(caller, id);
        requireWriter(caller, s);
        Versions.requireMatch(ifMatch, s.version);
        requireState(s, SheetAction.SAVE);
        Validation v = Validation.empty();
        Object content = contents.unwrap(s.type, input, v);
        v.throwIfAny();
        store(caller, s, content, "SAVE");
        return s;
    }

    /** Validates (as a draft) and stores new content; used by the JSON API and the Excel import. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(Caller caller, ReportSheet s, Object content, String action) {
        Object normalised = contents.normalise(s.type, content);
        Validation v = Validation.empty();
        contents.validate(s.type, normalised, false, contents.context(s.project), v);
        v.throwIfAny();
        Audited before = Audited.of(s);
        s.content = contents.toMap(normalised);
        s.status = SheetAction.SAVE.target(s.status);
        refreshFlags(s, normalised);
        s.persistAndFlush();
        audit.record(caller, action, RECORD, s.id, scope(s), before, Audited.of(s));
    }

    private void refreshFlags(ReportSheet s, Object content) {
        switch (s.type) {
            case EXPENSE -> s.duplicateFunding = !Flags.duplicateFunding((ExpenseContent) content).isEmpty();
            case OPINION -> s.divergent = views.divergenceReason(s, (OpinionContent) content).isPresent();
            case PROGRESS -> ReportSheet.<ReportSheet>find("project = ?1 and type = ?2 and periodKey = ?3",
                            s.project, SheetType.OPINION, s.periodKey).firstResultOptional()
                    .ifPresent(o -> o.divergent = views.divergenceReason(o, contents.read(SheetType.OPINION, o.content)).isPresent());
            default -> { }
        }
    }

    @Transactional
    public ReportSheet submit(Caller caller, long id, String ifMatch, SubmitInput input) {
        ReportSheet s = queries.require(caller, id);
        requireWriter(caller, s);
        Versions.requireMatch(ifMatch, s.version);
        requireState(s, SheetAction.SUBMIT);
        Validation v = Validation.empty();
        contents.validate(s.type, contents.read(s.type, s.content), true, contents.context(s.project), v);
        LocalDate today = clock.today();
        boolean late = today.isAfter(s.dueDate);
        String reason = input == null || input.latenessReason() == null || input.latenessReason().isBlank()
                ? null : input.latenessReason().trim();
        if (late && reason == null) {
            v.add("latenessReason", ReportErrorCodes.LATENESS_REASON_REQUIRED,
                    "提出期限（" + s.dueDate + "）を過ぎています。遅延理由を入力してください");
        } else if (reason != null && reason.length() > 2000) {
            v.add("latenessReason", "TOO_LONG", "2000文字以内で入力してください");
        }
        v.throwIfAny();
        Audited before = Audited.of(s);
        ReportRevision r = new ReportRevision();
        r.sheet = s;
        r.number = s.currentRevision + 1;
        r.content = s.content;
        r.submittedBy = caller.username();
        r.submittedByName = caller.displayName();
        r.late = late;
        r.latenessReason = late ? reason : null;
        r.persist();
        s.status = SheetAction.SUBMIT.target(s.status);
        s.currentRevision = r.number;
        s.latenessReason = r.latenessReason;
        s.lastSubmittedAt = r.submittedAt;
        s.persistAndFlush();
        audit.record(caller, "SUBMIT", RECORD, s.id, scope(s), before, Audited.of(s));
        return s;
    }

    @Transactional
    public ReportSheet returnSheet(Caller caller, long id, String ifMatch, ReturnInput input) {
        ReportSheet s = queries.require(caller, id);
        access.require(access.canReview(caller), "Only the Cabinet Office secretariat returns or accepts sheets.");
        Versions.requireMatch(ifMatch, s.version);
        requireState(s, SheetAction.RETURN);
        Validation v = Validation.empty();
        List<SectionComment> comments = input == null || input.comments() == null ? List.of() : input.comments();
        if (comments.isEmpty()) {
            v.add("comments", "REQUIRED", "差戻しの理由を1件以上入力してください");
        }
        for (int i = 0; i < comments.size(); i++) {
            checkComment(s, "comments[" + i + "]", comments.get(i), v);
        }
        v.throwIfAny();
        decide(caller, s, ReportReview.Action.RETURN, comments);
        return s;
    }

    @Transactional
    public ReportSheet accept(Caller caller, long id, String ifMatch, AcceptInput input) {
        ReportSheet s = queries.require(caller, id);
        access.require(access.canReview(caller), "Only the Cabinet Office secretariat returns or accepts sheets.");
        Versions.requireMatch(ifMatch, s.version);
        requireState(s, SheetAction.ACCEPT);
        List<SectionComment> comments = new ArrayList<>();
        if (input != null && input.comment() != null && !input.comment().isBlank()) {
            Validation v = Validation.empty();
            SectionComment c = new SectionComment("general", input.comment().trim());
            checkComment(s, "comment", c, v);
            v.throwIfAny();
            comments.add(c);
        }
        decide(caller, s, ReportReview.Action.ACCEPT, comments);
        return s;
    }

    private void decide(Caller caller, ReportSheet s, ReportReview.Action action, List<SectionComment> comments) {
        Audited before = Audited.of(s);
        review(caller, s, action, comments);
        s.status = action == ReportReview.Action.RETURN ? SheetStatus.RETURNED : SheetStatus.ACCEPTED;
        if (action == ReportReview.Action.ACCEPT) {
            s.acceptedAt = Instant.now();
        }
        s.persistAndFlush();
        audit.record(caller, action.name(), RECORD, s.id, scope(s), before, Audited.of(s));
    }

    @Transactional
    public ReportReview comment(Caller caller, long id, CommentInput input) {
        ReportSheet s = queries.require(caller, id);
        access.require(access.canComment(caller, s),
                "Review comments are written by the Cabinet Office, and by the active support officer on progress sheets.");
        requireState(s, SheetAction.COMMENT);
        Validation v = Validation.empty();
        SectionComment c = input == null ? null : new SectionComment(input.section(), input.comment());
        checkComment(s, "", c, v);
        v.throwIfAny();
        ReportReview r = review(caller, s, ReportReview.Action.COMMENT, List.of(c));
        audit.record(caller, "COMMENT", RECORD, s.id, scope(s), null, Map.of("comment", Map.of("section", c.section(), "comment", c.comment())));
        return r;
    }

    private ReportReview review(Caller caller, ReportSheet s, ReportReview.Action action, List<SectionComment> comments) {
        ReportReview r = new ReportReview();
        r.sheet = s;
        r.revisionNumber = s.currentRevision;
        r.action = action;
        r.authorUsername = caller.username();
        r.authorName = caller.displayName();
        r.authorRole = SheetViews.roleOf(caller);
        r.comments = comments.stream().map(c -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("section", c.section());
            m.put("comment", c.comment().trim());
            return m;
        }).toList();
        r.persist();
        return r;
    }

    private static void checkComment(ReportSheet s, String at, SectionComment c, Validation v) {
        String prefix = at.isEmpty() ? "" : at + ".";
        if (c == null) {
            v.add(at.isEmpty() ? "" : at, "REQUIRED", "コメントを入力してください");
            return;
        }
        if (c.section() == null || !SECTIONS.get(s.type).contains(c.section())) {
            v.add(prefix + "section", "UNKNOWN_VALUE", "セクションは " + String.join(", ", SECTIONS.get(s.type).stream().sorted().toList()) + " のいずれかです");
        }
        if (c.comment() == null || c.comment().isBlank()) {
            v.add(prefix + "comment", "REQUIRED", "コメントを入力してください");
        } else if (c.comment().length() > MAX_COMMENT) {
            v.add(prefix + "comment", "TOO_LONG", MAX_COMMENT + "文字以内で入力してください");
        }
    }

    @Transactional
    public ReportSheet addFollowUp(Caller caller, long id, String issueId, FollowUpInput input) {
        ReportSheet s = queries.require(caller, id);
        if (s.type != SheetType.ISSUE) {
            throw ApiException.notFound("Issue " + issueId + " of sheet " + id);
        }
        IssueContent register = contents.read(s.type, s.content);
        IssueContent.Issue issue = register == null ? null : register.issuesOrEmpty().stream()
                .filter(i -> i != null && issueId.equals(i.id())).findFirst().orElse(null);
        if (issue == null) {
            throw ApiException.notFound("Issue " + issueId + " of sheet " + id);
        }
        access.require(access.canAddFollowUp(caller, s, issue.responsibleMinistry()),
                "Follow-up entries on this issue are written by the project's local governments, its officer, the Cabinet Office"
                        + " and the responsible ministry (" + issue.responsibleMinistry() + ").");
        requireState(s, SheetAction.ADD_FOLLOW_UP);
        Validation v = Validation.empty();
        IssueContent.FollowUp entry = input == null ? null : new IssueContent.FollowUp(input.date(),
                input.text() == null ? null : input.text().trim(), caller.displayName(), caller.organisationCode().orElse(null));
        new jp.go.jisso.report.content.ContentRules(v, true, contents.context(s.project)).followUp("", entry);
        if (entry != null && entry.date() != null && entry.date().isAfter(clock.today())) {
            v.add("date", "IN_FUTURE", "未来の日付は入力できません");
        }
        v.throwIfAny();
        List<IssueContent.Issue> issues = register.issuesOrEmpty().stream().map(i -> {
            if (i == issue) {
                List<IssueContent.FollowUp> fs = new ArrayList<>(i.followUpsOrEmpty());
                fs.add(entry);
                return new IssueContent.Issue(i.id(), i.category(), i.law(), i.article(), i.responsibleMinistry(),
                        i.description(), i.proposedSolution(), i.status(), fs);
            }
            return i;
        }).toList();
        Audited before = Audited.of(s);
        s.content = contents.toMap(new IssueContent(issues));
        s.persistAndFlush();
        audit.record(caller, "ADD_FOLLOW_UP", RECORD, s.id, scope(s), before, Audited.of(s));
        return s;
    }

    void requireWriter(Caller caller, ReportSheet s) {
        access.require(access.canWrite(caller, s), s.type == SheetType.OPINION
                ? "Opinion sheets are written by the project's active on-site support officer."
                : "This sheet is written by the local governments that run the project.");
    }

    /** 409 naming the state changes that are possible now. */
    static void requireState(ReportSheet s, SheetAction action) {
        if (action.allowedIn(s.status)) {
            return;
        }
        List<SheetAction> allowed = SheetAction.transitionsFrom(s.status);
        List<Problem.FieldError> errors = allowed.stream()
                .map(a -> new Problem.FieldError("allowedActions", a.name(), a.name() + " → " + a.target(s.status))).toList();
        throw new ApiException(409, ReportErrorCodes.ILLEGAL_TRANSITION,
                action + " is not possible while the sheet is " + s.status + "; possible now: "
                        + (allowed.isEmpty() ? "nothing (the sheet is final)" : String.join(", ", allowed.stream().map(Enum::name).toList())),
                errors, s.version);
    }
}
