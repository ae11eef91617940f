package vn.ketnghia.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Vietnamese notices write dates the Vietnamese way. */
final class Texts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String reportLink(long reportId) {
        return "/reports/" + reportId;
    }
}
