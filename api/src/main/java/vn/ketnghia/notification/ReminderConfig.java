package vn.ketnghia.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "ketnghia.reporting.reminders")
public interface ReminderConfig {

    /** Remind reporters this many days before the due date (besides on the due date itself). */
    @WithDefault("7,1")
    List<Integer> daysBefore();

    /** Once the due date has passed, remind again every this many days while the report is missing. */
    @WithDefault("7")
    int overdueEveryDays();

    /** When the daily job runs, in Asia/Ho_Chi_Minh time; {@code off} disables it. */
    @WithDefault("0 0 7 * * ?")
    String cron();
}
