package vn.ketnghia.document;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Numbers and dates the way Vietnamese administrative documents write them. */
public final class VietnameseFormat {

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseFormat() {
    }

    /** Dots group thousands: 27000000000 → "27.000.000.000". */
    public static String number(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder grouped = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            grouped.append('.').append(digits, i, i + 3);
        }
        return value < 0 ? "-" + grouped : grouped.toString();
    }

    /** "27.000.000.000 đồng". */
    public static String money(long vnd) {
        return number(vnd) + " đồng";
    }

    /** A share with one decimal and a decimal comma: 2 of 3 → "66,7%"; nothing of nothing → "0%". */
    public static String percent(long part, long whole) {
        if (whole == 0) {
            return "0%";
        }
        BigDecimal share = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return share.toPlainString().replace('.', ',') + "%";
    }

    /** dd/MM/yyyy, as tables and lists show dates. */
    public static String shortDate(LocalDate date) {
        return date.format(SHORT_DATE);
    }

    /**
     * "ngày 05 tháng 02 năm 2026": Decree 30/2020/NĐ-CP writes days below 10 and the months January
     * and February with a leading zero, and no other month.
     */
    public static String longDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }
}
