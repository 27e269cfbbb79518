package jp.go.jisso.report.dto;

import java.util.List;
import jp.go.jisso.report.content.Flags;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExpenseTotals", description = "Sums in whole yen")
public record ExpenseTotals(
        @Schema(required = true) List<Line> byType,
        @Schema(required = true) List<Line> byMinistry,
        @Schema(required = true) Line total) {

    @Schema(name = "ExpenseTotalLine")
    public record Line(@Schema(required = true) String key, @Schema(required = true) String label,
                       @Schema(required = true) long budgeted, @Schema(required = true) long granted,
                       @Schema(required = true) long executed) {

        static Line of(String key, String label, Flags.Amounts a) {
            return new Line(key, label, a.budgeted(), a.granted(), a.executed());
        }
    }

    public static ExpenseTotals of(Flags.Totals t, java.util.function.Function<String, String> ministryName) {
        return new ExpenseTotals(
                t.byType().entrySet().stream().map(e -> Line.of(e.getKey().name(), e.getKey().labelJa(), e.getValue())).toList(),
                t.byMinistry().entrySet().stream().map(e -> Line.of(e.getKey(), e.getKey().isEmpty() ? "（省庁なし）" : ministryName.apply(e.getKey()), e.getValue())).toList(),
                Line.of("", "合計", t.total()));
    }
}
