package jp.go.jisso.report.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Derived facts the Cabinet Office looks at: divergence, duplicate funding, yen totals. */
public final class Flags {

    private Flags() {}

    /**
     * The officer's assessment and the local government's milestone statuses disagree: the
     * officer says at risk or behind while every milestone is 順調, or the officer says 順調
     * while a milestone is 遅延 or 要対応. Empty when they agree or one side is missing.
     */
    public static Optional<String> divergence(OpinionContent opinion, ProgressContent progress) {
        if (opinion == null || opinion.assessment() == null || progress == null) {
            return Optional.empty();
        }
        List<MilestoneStatus> statuses = progress.milestonesOrEmpty().stream()
                .filter(m -> m != null && m.status() != null).map(ProgressContent.Milestone::status).toList();
        if (statuses.isEmpty()) {
            return Optional.empty();
        }
        boolean allOnTrack = statuses.stream().allMatch(s -> s == MilestoneStatus.ON_TRACK);
        Assessment a = opinion.assessment();
        if ((a == Assessment.AT_RISK || a == Assessment.BEHIND) && allOnTrack) {
            return Optional.of("現地支援責任者の評価は「" + a.labelJa() + "」ですが、進行管理シートのマイルストーンはすべて「順調」です");
        }
        if (a == Assessment.ON_TRACK && !allOnTrack) {
            return Optional.of("現地支援責任者の評価は「順調」ですが、進行管理シートに「遅延」または「要対応」のマイルストーンがあります");
        }
        return Optional.empty();
    }

    /** Groups of row indexes that claim the same scheme for the same sub-project (the survey is one FY). */
    public static List<List<Integer>> duplicateFunding(ExpenseContent expense) {
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        List<ExpenseContent.ExpenseRow> rows = expense == null ? List.of() : expense.rowsOrEmpty();
        for (int i = 0; i < rows.size(); i++) {
            ExpenseContent.ExpenseRow r = rows.get(i);
            if (r == null || r.schemeName() == null || r.schemeName().isBlank()) {
                continue;
            }
            String key = normalise(r.schemeName()) + "\u0000" + (r.subProject() == null ? "" : r.subProject().trim());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        return byKey.values().stream().filter(l -> l.size() > 1).toList();
    }

    /** Full-width/half-width and spacing differences do not make a different scheme. */
    static String normalise(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase();
    }

    /** Sums of the three amounts; exact long arithmetic (an overflow is an error, never a wrap). */
    public record Amounts(long budgeted, long granted, long executed) {
        static final Amounts ZERO = new Amounts(0, 0, 0);

        Amounts plus(ExpenseContent.ExpenseRow r) {
            return new Amounts(Math.addExact(budgeted, nz(r.budgeted())), Math.addExact(granted, nz(r.granted())),
                    Math.addExact(executed, nz(r.executed())));
        }

        private static long nz(Long v) {
            return v == null ? 0 : v;
        }
    }

    public record Totals(Map<FundingType, Amounts> byType, Map<String, Amounts> byMinistry, Amounts total) {}

    public static Totals totals(ExpenseContent expense) {
        Map<FundingType, Amounts> byType = new TreeMap<>();
        Map<String, Amounts> byMinistry = new TreeMap<>();
        Amounts total = Amounts.ZERO;
        for (ExpenseContent.ExpenseRow r : expense == null ? List.<ExpenseContent.ExpenseRow>of() : expense.rowsOrEmpty()) {
            if (r == null) {
                continue;
            }
            if (r.type() != null) {
                byType.put(r.type(), byType.getOrDefault(r.type(), Amounts.ZERO).plus(r));
            }
            String m = r.ministry() == null || r.ministry().isBlank() ? "" : r.ministry();
            byMinistry.put(m, byMinistry.getOrDefault(m, Amounts.ZERO).plus(r));
            total = total.plus(r);
        }
        return new Totals(byType, byMinistry, total);
    }
}
