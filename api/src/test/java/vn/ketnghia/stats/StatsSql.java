package vn.ketnghia.stats;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics recomputed straight from support_record with plain SQL written here, independently
 * of the service and of the aggregate table, and the API's answer reduced to the same shape, so the
 * two can be compared key by key.
 */
final class StatsSql {

    /** Each dimension's key over the raw tables: the id for entities, the code otherwise. */
    static final Map<String, String> KEY = Map.ofEntries(
            Map.entry("year", "cast(extract(year from s.support_date) as integer)::text"),
            Map.entry("area", "c.area"),
            Map.entry("category", "'#' || c.id"),
            Map.entry("province", "'#' || d.parent_id"),
            Map.entry("district", "'#' || a.district_id"),
            Map.entry("commune", "'#' || a.recipient_id"),
            Map.entry("organization", "'#' || a.organization_id"),
            Map.entry("partnerKind", "o.kind"),
            Map.entry("fundingSource", "s.funding_source"),
            Map.entry("form", "s.form"),
            Map.entry("status", "s.status"));

    static final String FIGURES = "sum(s.value_vnd), sum(case when s.form = 'cash' then s.value_vnd else 0 end),"
            + " sum(case when s.form = 'in_kind' then s.value_vnd else 0 end), count(*),"
            + " coalesce(sum(s.beneficiary_households), 0), coalesce(sum(s.beneficiary_people), 0),"
            + " coalesce(sum(s.beneficiary_students), 0), sum(case when s.status = 'confirmed' then s.value_vnd else 0 end)";

    static final String[] FIELDS = {"valueVnd", "cashVnd", "inKindVnd", "records", "households", "people", "students", "confirmedVnd"};

    private StatsSql() {
    }

    /** key ("|"-joined) → the eight figures, from SQL over support_record with {@code condition} (may be empty). */
    static Map<String, List<Long>> expected(AgroalDataSource dataSource, List<String> groupBy, String condition) throws SQLException {
        String keys = groupBy.isEmpty() ? "''" : String.join(" || '|' || ", groupBy.stream().map(KEY::get).toList());
        String sql = "select " + keys + ", " + FIGURES + " from support_record s join agreement a on a.id = s.agreement_id"
                + " join organization o on o.id = a.organization_id join support_category c on c.id = s.category_id"
                + " join admin_unit d on d.id = a.district_id"
                + (condition.isBlank() ? "" : " where " + condition) + " group by 1";
        Map<String, List<Long>> result = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                List<Long> figures = new ArrayList<>();
                for (int i = 2; i <= 9; i++) {
                    figures.add(rows.getLong(i));
                }
                result.put(rows.getString(1), figures);
            }
        }
        return result;
    }

    /** The API's rows in the same shape. */
    static Map<String, List<Long>> actual(JsonPath body) {
        Map<String, List<Long>> result = new TreeMap<>();
        List<Map<String, Object>> rows = body.getList("rows");
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> keys = (List<Map<String, Object>>) row.get("keys");
            List<String> parts = new ArrayList<>();
            for (Map<String, Object> key : keys) {
                parts.add(key.get("id") != null ? "#" + key.get("id") : (String) key.get("code"));
            }
            List<Long> figures = new ArrayList<>();
            for (String field : FIELDS) {
                figures.add(((Number) row.get(field)).longValue());
            }
            result.put(String.join("|", parts), figures);
        }
        return result;
    }

    /** The API's total in the same shape. */
    static List<Long> total(JsonPath body) {
        List<Long> figures = new ArrayList<>();
        for (String field : FIELDS) {
            figures.add(body.getLong("total." + field));
        }
        return figures;
    }

    /** The figures of all rows of {@code expected} added up. */
    static List<Long> sum(Map<String, List<Long>> rows) {
        List<Long> total = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L));
        rows.values().forEach(r -> {
            for (int i = 0; i < 8; i++) {
                total.set(i, total.get(i) + r.get(i));
            }
        });
        return total;
    }

    static long single(AgroalDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static void execute(AgroalDataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    static Map<String, Object> copy(Map<String, Object> map) {
        return new HashMap<>(map);
    }
}
