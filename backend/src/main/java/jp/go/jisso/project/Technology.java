package jp.go.jisso.project;

import java.util.Arrays;
import java.util.Optional;

/** The programme's fixed vocabulary of main technologies, with the label used in the source documents. */
public enum Technology {
    AI("AI"),
    IOT("IoT"),
    AUTONOMOUS_DRIVING("自動運転"),
    DRONE("ドローン"),
    ROBOT("ロボット"),
    CASHLESS("キャッシュレス"),
    BLOCKCHAIN("ブロックチェーン"),
    VR_AR("VR/AR"),
    FIVE_G("5G"),
    OTHER("その他");

    public final String labelJa;

    Technology(String labelJa) {
        this.labelJa = labelJa;
    }

    public static Optional<Technology> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.labelJa.equals(label) || t.name().equals(label)).findFirst();
    }
}
