package vn.ketnghia.reporting;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.ketnghia.common.time.ProgrammeDate;

/** Opens planned periods on their opening day. The cron is {@code off} in tests, which call {@link ReportingPeriodService#openDue} with their own day. */
@ApplicationScoped
public class ReportingScheduler {

    @Inject
    ReportingPeriodService periods;

    @Scheduled(identity = "open-reporting-periods", cron = "${ketnghia.reporting.open-cron:0 0 6 * * ?}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void openDuePeriods() {
        periods.openDue(ProgrammeDate.today());
    }
}
