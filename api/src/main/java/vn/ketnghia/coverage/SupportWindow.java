package vn.ketnghia.coverage;

import java.time.LocalDate;

/**
 * How the VND of support "up to asOf" is read exactly from the yearly aggregate {@code support_stat_year}
 * (V008, whole calendar years) plus, for the one year asOf falls in, a date range of {@code support_record}
 * read through its (agreement, date) index:
 *
 * <pre>
 * sum(value_vnd where support_date &lt;= asOf)
 *   = sum(support_stat_year where year &lt;= fullYears) + sign × sum(support_record where support_date in [from, to])
 * </pre>
 *
 * <ul>
 * <li>asOf is 31 December: whole years up to asOf's year, no records ({@link #hasRecords()} is false).</li>
 * <li>Otherwise either <em>add</em> the records of asOf's year up to asOf to the whole years before it, or
 * <em>subtract</em> the records dated after asOf within its year from the whole years up to it. Both are exact;
 * the one with the shorter date range is chosen, and subtracting is always chosen when asOf is today or later
 * (the default), because support cannot be dated in the future, so that range is empty.</li>
 * </ul>
 *
 * @param fullYears the last calendar year read from the aggregate (every year up to it)
 * @param from first day of the support_record range (inclusive)
 * @param to last day of the support_record range (inclusive); before {@code from} when no range is needed
 * @param sign +1 to add the range, -1 to subtract it
 */
record SupportWindow(int fullYears, LocalDate from, LocalDate to, int sign) {

    static SupportWindow of(LocalDate asOf, LocalDate today) {
        int year = asOf.getYear();
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        if (asOf.equals(yearEnd)) {
            return new SupportWindow(year, yearEnd.plusDays(1), yearEnd, 1);
        }
        long daysUpTo = asOf.getDayOfYear();
        long daysAfter = asOf.lengthOfYear() - daysUpTo;
        if (!asOf.isBefore(today) || daysAfter <= daysUpTo) {
            return new SupportWindow(year, asOf.plusDays(1), yearEnd, -1);
        }
        return new SupportWindow(year - 1, yearStart, asOf, 1);
    }

    boolean hasRecords() {
        return !to.isBefore(from);
    }
}
