package jp.go.jisso.report.content;

import java.util.Arrays;
import java.util.Optional;

/** An enum value with the Japanese label shown on screen and in the Excel form. */
public interface Labelled {
    String labelJa();

    static <E extends Enum<E> & Labelled> Optional<E> byLabel(Class<E> type, String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.trim();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.labelJa().equals(l) || e.name().equals(l)).findFirst();
    }

    static <E extends Enum<E> & Labelled> String labels(Class<E> type) {
        return String.join(" / ", Arrays.stream(type.getEnumConstants()).map(Labelled::labelJa).toList());
    }
}
