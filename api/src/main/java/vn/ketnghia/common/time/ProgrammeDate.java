package vn.ketnghia.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Programme dates are Vietnamese calendar dates. "Today" must not depend on the server's zone, or
 * support recorded at 06:00 in Quảng Nam would count as dated in the future on a UTC server.
 */
public final class ProgrammeDate {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private ProgrammeDate() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
