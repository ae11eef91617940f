package vn.ketnghia.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.time.ProgrammeDate;

/**
 * Whether a report came in on time. Measured on the first submission: a report the province
 * returns and the reporter resubmits after the due date stays on time, because the reporter did
 * report by the due date. Dates are taken in the programme's time zone (Asia/Ho_Chi_Minh).
 */
public enum Timeliness implements Coded {
    /** The province excused this reporter for the period. */
    EXCUSED("excused"),
    /** Not submitted, and the due date has not passed. */
    PENDING("pending"),
    /** Not submitted, and the due date has passed. */
    OVERDUE("overdue"),
    /** First submitted on or before the due date. */
    ON_TIME("on_time"),
    /** First submitted after the due date. */
    LATE("late");

    private final String code;

    Timeliness(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Timeliness of(Report report, LocalDate today) {
        return of(report.excused, report.firstSubmittedAt, report.period.dueDate, today);
    }

    public static Timeliness of(boolean excused, OffsetDateTime firstSubmittedAt, LocalDate dueDate, LocalDate today) {
        if (excused) {
            return EXCUSED;
        }
        if (firstSubmittedAt == null) {
            return today.isAfter(dueDate) ? OVERDUE : PENDING;
        }
        LocalDate submittedOn = firstSubmittedAt.atZoneSameInstant(ProgrammeDate.ZONE).toLocalDate();
        return submittedOn.isAfter(dueDate) ? LATE : ON_TIME;
    }

    /** Days past the due date: of the first submission when late, of today when overdue; otherwise 0. */
    public static long daysLate(boolean excused, OffsetDateTime firstSubmittedAt, LocalDate dueDate, LocalDate today) {
        Timeliness timeliness = of(excused, firstSubmittedAt, dueDate, today);
        LocalDate end = switch (timeliness) {
            case OVERDUE -> today;
            case LATE -> firstSubmittedAt.atZoneSameInstant(ProgrammeDate.ZONE).toLocalDate();
            default -> dueDate;
        };
        return java.time.temporal.ChronoUnit.DAYS.between(dueDate, end);
    }
}
