package vn.ketnghia.notification;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "Notification", description = "A notice in your party's inbox (the province office, your organisation or your district).")
    public record NotificationView(
            @Schema(examples = "41") long id,
            @Schema(description = "report_reminder, report_overdue_digest, report_submitted, report_returned, report_accepted, period_opened",
                    examples = "report_reminder") String kind,
            @Schema(examples = "Nhắc gửi báo cáo kết nghĩa: còn 7 ngày") String title,
            String body,
            @Schema(description = "A portal path the notice leads to", examples = "/reports/12") String link,
            OffsetDateTime createdAt,
            @Schema(description = "Null while unread") OffsetDateTime readAt,
            @Schema(description = "Who marked it read", examples = "sonnptnt") String readBy) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id, n.kind, n.title, n.body, n.link, n.createdAt, n.readAt, n.readBy);
        }
    }

    @Schema(name = "UnreadCount")
    public record UnreadCount(@Schema(examples = "3") long count) {
    }

    @Schema(name = "ReminderRun", description = "What a reminder run sent: in-app notifications created and e-mails sent.")
    public record ReminderRun(@Schema(examples = "5") int notifications, @Schema(examples = "4") int emails) {

        ReminderRun plus(ReminderRun other) {
            return new ReminderRun(notifications + other.notifications, emails + other.emails);
        }
    }
}
