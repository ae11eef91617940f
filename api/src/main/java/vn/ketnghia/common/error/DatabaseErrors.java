package vn.ketnghia.common.error;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a constraint the database enforced into the problem the caller should see. Services check
 * the same rules first with friendlier messages; this is the backstop for races and for rules only
 * the database can see (uniqueness under concurrency, foreign keys).
 */
final class DatabaseErrors {

    private static final Map<String, String> CONSTRAINT_MESSAGES = Map.of(
            "agreement_one_active_per_partner_recipient_period",
            "Đơn vị này đã có một thỏa thuận đang hiệu lực với địa phương này trong giai đoạn này / the partner already has an active agreement with this recipient in this period",
            "plan_one_period_plan", "Thỏa thuận đã có kế hoạch giai đoạn / the agreement already has a period plan",
            "plan_one_annual_per_year", "Thỏa thuận đã có chương trình năm này / the agreement already has an annual programme for this year");

    private DatabaseErrors() {
    }

    static Optional<ApiException> translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                String constraint = constraintName(sql);
                if (state.equals("23505")) {
                    return Optional.of(ApiException.conflict(CONSTRAINT_MESSAGES.getOrDefault(constraint,
                            "Dữ liệu trùng với bản ghi đã có / duplicates an existing record")));
                }
                if (state.equals("23503")) {
                    return Optional.of(ApiException.conflict(
                            "Bản ghi đang được tham chiếu hoặc tham chiếu tới bản ghi không tồn tại / the record is referenced elsewhere or references a missing record"));
                }
                if (state.equals("23514") || state.equals("23502")) {
                    return Optional.of(new ApiException(ProblemType.VALIDATION_FAILED,
                            "Dữ liệu vi phạm ràng buộc / violates a rule of the data" + (constraint == null ? "" : " (" + constraint + ")")));
                }
                if (state.equals("22003")) {
                    return Optional.of(new ApiException(ProblemType.VALIDATION_FAILED, "Số vượt quá giới hạn / number out of range"));
                }
            }
        }
        return Optional.empty();
    }

    private static String constraintName(SQLException sql) {
        if (sql instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getConstraint();
        }
        return null;
    }
}
