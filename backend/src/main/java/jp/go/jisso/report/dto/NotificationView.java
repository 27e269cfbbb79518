package jp.go.jisso.report.dto;

import java.time.Instant;
import java.util.List;
import jp.go.jisso.report.ReportNotification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification")
public record NotificationView(
        @Schema(required = true) long id,
        @Schema(required = true, enumeration = {"BEFORE_DUE", "OVERDUE"}) String kind,
        @Schema(required = true) String message,
        Long sheetId,
        @Schema(required = true) Instant createdAt,
        Instant readAt) {

    public static NotificationView of(ReportNotification n) {
        return new NotificationView(n.id, n.kind, n.message, n.sheet == null ? null : n.sheet.id, n.createdAt, n.readAt);
    }

    @Schema(name = "NotificationList")
    public record Page(@Schema(required = true) List<NotificationView> items, @Schema(required = true) long unread) {}
}
