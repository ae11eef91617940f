package vn.ketnghia.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.LocalDate;
import vn.ketnghia.common.persistence.AuditedEntity;

/**
 * A reporting regime and its calendar. The window defaults follow Decree 09/2019/NĐ-CP, Article 12
 * (15/12 of the previous year to 14/6, or to 14/12); opening and due days are the province's choice.
 * Keyed by its code, so {@link #id()} has no number.
 */
@Entity
@Table(name = "reporting_regime")
public class ReportingRegime extends AuditedEntity {

    /** The {@link ReportingRegimeCode} spelling; JPA converters do not apply to identifiers, so it is kept as text. */
    @Id
    @Column(name = "code")
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "window_start_month", nullable = false)
    public short windowStartMonth;

    @Column(name = "window_start_day", nullable = false)
    public short windowStartDay;

    @Column(name = "window_end_month", nullable = false)
    public short windowEndMonth;

    @Column(name = "window_end_day", nullable = false)
    public short windowEndDay;

    @Column(name = "opens_month", nullable = false)
    public short opensMonth;

    @Column(name = "opens_day", nullable = false)
    public short opensDay;

    @Column(name = "due_month", nullable = false)
    public short dueMonth;

    @Column(name = "due_day", nullable = false)
    public short dueDay;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Override
    public Long id() {
        return null;
    }

    public ReportingRegimeCode regimeCode() {
        for (ReportingRegimeCode candidate : ReportingRegimeCode.values()) {
            if (candidate.code().equals(code)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Unknown reporting regime in database: " + code);
    }

    /** The first day of the data window for a report of {@code year}: in the previous year when the start month is after the end month. */
    public LocalDate windowStart(int year) {
        int startYear = windowStartMonth > windowEndMonth
                || (windowStartMonth == windowEndMonth && windowStartDay > windowEndDay) ? year - 1 : year;
        return dayOf(startYear, windowStartMonth, windowStartDay);
    }

    public LocalDate windowEnd(int year) {
        return dayOf(year, windowEndMonth, windowEndDay);
    }

    public LocalDate opensOn(int year) {
        return dayOf(year, opensMonth, opensDay);
    }

    public LocalDate dueDate(int year) {
        return dayOf(year, dueMonth, dueDay);
    }

    /** 31/6 is not a day: clamp to the month's last day rather than fail. */
    static LocalDate dayOf(int year, int month, int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return first.withDayOfMonth(first.lengthOfMonth());
        }
    }
}
