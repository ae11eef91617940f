package vn.ketnghia.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.notification.NotificationDtos.ReminderRun;

/** Runs the reminders once a day. Running twice in a day repeats nothing: digests are keyed by day. */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    @Inject
    ReminderService reminders;

    @Scheduled(identity = "report-reminders", cron = "${ketnghia.reporting.reminders.cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remind() {
        ReminderRun run = reminders.run(ProgrammeDate.today());
        LOG.infof("Report reminders: %d notifications, %d e-mails", run.notifications(), run.emails());
    }
}
