package jp.go.jisso.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.go.jisso.common.Validation;
import jp.go.jisso.organisation.Organisation;
import jp.go.jisso.organisation.OrganisationKind;
import jp.go.jisso.project.Project;
import jp.go.jisso.report.content.ContentRules;
import jp.go.jisso.report.content.ExpenseContent;
import jp.go.jisso.report.content.IssueContent;
import jp.go.jisso.report.content.OpinionContent;
import jp.go.jisso.report.content.ProgressContent;
import jp.go.jisso.report.content.SheetContent;

/** Converts sheet content between its JSON column, the typed records and the API's SheetContent. */
@ApplicationScoped
public class SheetContents {

    @Inject
    ObjectMapper json;

    public static Class<?> typeOf(SheetType type) {
        return switch (type) {
            case PROGRESS -> ProgressContent.class;
            case OPINION -> OpinionContent.class;
            case ISSUE -> IssueContent.class;
            case EXPENSE -> ExpenseContent.class;
        };
    }

    /** The member name of SheetContent for a type (also the prefix of field paths). */
    public static String member(SheetType type) {
        return switch (type) {
            case PROGRESS -> "progress";
            case OPINION -> "opinion";
            case ISSUE -> "issue";
            case EXPENSE -> "expense";
        };
    }

    @SuppressWarnings("unchecked")
    public <T> T read(SheetType type, Map<String, Object> stored) {
        return stored == null ? null : (T) json.convertValue(stored, typeOf(type));
    }

    /**
     * Plain JSON values (through text, as Hibernate's own copy of the column does), so that the
     * stored map compares equal to Hibernate's snapshot and an unchanged sheet is never "dirty".
     */
    public Map<String, Object> toMap(Object content) {
        if (content == null) {
            return null;
        }
        try {
            return json.readValue(json.writeValueAsString(content), new TypeReference<LinkedHashMap<String, Object>>() {});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public SheetContent wrap(SheetType type, Object content) {
        if (content == null) {
            return null;
        }
        return switch (type) {
            case PROGRESS -> new SheetContent((ProgressContent) content, null, null, null);
            case OPINION -> new SheetContent(null, (OpinionContent) content, null, null);
            case ISSUE -> new SheetContent(null, null, (IssueContent) content, null);
            case EXPENSE -> new SheetContent(null, null, null, (ExpenseContent) content);
        };
    }

    public SheetContent wrapStored(SheetType type, Map<String, Object> stored) {
        return wrap(type, read(type, stored));
    }

    /** The member of the input that matches the sheet's type; every other member must be absent. */
    public Object unwrap(SheetType type, SheetContent input, Validation v) {
        if (input == null) {
            v.add("", "REQUIRED", "A request body is required");
            return null;
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("progress", input.progress());
        members.put("opinion", input.opinion());
        members.put("issue", input.issue());
        members.put("expense", input.expense());
        String expected = member(type);
        members.forEach((name, value) -> {
            if (!name.equals(expected) && value != null) {
                v.add(name, "WRONG_SHEET_TYPE", "this is a " + type + " sheet: send only '" + expected + "'");
            }
        });
        Object content = members.get(expected);
        if (content == null) {
            v.add(expected, "REQUIRED", "the content of a " + type + " sheet goes in '" + expected + "'");
        }
        return content;
    }

    /** Gives every issue without an id the next free one (I-1, I-2, ...). */
    public Object normalise(SheetType type, Object content) {
        if (!(content instanceof IssueContent ic)) {
            return content;
        }
        Set<String> used = new HashSet<>();
        ic.issuesOrEmpty().stream().filter(i -> i != null && i.id() != null && !i.id().isBlank()).forEach(i -> used.add(i.id()));
        int next = 1;
        List<IssueContent.Issue> issues = new ArrayList<>();
        for (IssueContent.Issue i : ic.issuesOrEmpty()) {
            if (i != null && (i.id() == null || i.id().isBlank())) {
                while (used.contains("I-" + next)) {
                    next++;
                }
                used.add("I-" + next);
                i = new IssueContent.Issue("I-" + next, i.category(), i.law(), i.article(), i.responsibleMinistry(),
                        i.description(), i.proposedSolution(), i.status(), i.followUps());
            }
            issues.add(i);
        }
        return new IssueContent(issues);
    }

    public ContentRules.Context context(Project p) {
        Set<String> ministries = new HashSet<>();
        Organisation.<Organisation>list("kind in ?1", List.of(OrganisationKind.MINISTRY, OrganisationKind.CABINET_OFFICE))
                .forEach(o -> ministries.add(o.code));
        Set<String> labels = new HashSet<>();
        p.subProjects.forEach(s -> labels.add(s.label));
        return new ContentRules.Context(ministries, labels);
    }

    public void validate(SheetType type, Object content, boolean forSubmit, ContentRules.Context ctx, Validation v) {
        ContentRules rules = new ContentRules(v, forSubmit, ctx);
        String at = member(type);
        switch (type) {
            case PROGRESS -> rules.progress((ProgressContent) content, at);
            case OPINION -> rules.opinion((OpinionContent) content, at);
            case ISSUE -> rules.issue((IssueContent) content, at);
            case EXPENSE -> rules.expense((ExpenseContent) content, at);
        }
    }

    /** Field path → value as text, for comparing revisions (prefix: the SheetContent member). */
    public Map<String, String> flatten(SheetType type, Map<String, Object> stored) {
        Map<String, String> out = new TreeMap<>();
        // through the typed record, so that absent and null fields compare alike
        flatten(member(type), toMap(read(type, stored)), out);
        return out;
    }

    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> flatten(path + "." + k, v, out));
        } else if (value instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                flatten(path + "[" + i + "]", l.get(i), out);
            }
        } else if (value != null) {
            out.put(path, value.toString());
        }
    }
}
