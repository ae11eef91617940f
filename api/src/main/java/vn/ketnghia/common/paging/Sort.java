package vn.ketnghia.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ketnghia.common.error.ApiException;

/**
 * Turns a client's {@code sort} parameter into an ORDER BY over a whitelist of fields, so a client
 * can never inject a column or expression.
 */
public final class Sort {

    private Sort() {
    }

    /**
     * @param allowed API field name → query expression
     * @param fallback the order used when the client gives none; the id is always the last key so
     *                 pages are stable
     */
    public static String orderBy(String sort, Map<String, String> allowed, String fallback, String idExpression) {
        if (sort == null || sort.isBlank()) {
            return " order by " + fallback + ", " + idExpression;
        }
        List<String> parts = new ArrayList<>();
        for (String raw : sort.split(",")) {
            String field = raw.trim();
            boolean descending = field.startsWith("-");
            if (descending || field.startsWith("+")) {
                field = field.substring(1);
            }
            String expression = allowed.get(field);
            if (expression == null) {
                throw ApiException.invalidParameter("sort", "không sắp xếp được theo '" + field + "'; cho phép / allowed: "
                        + String.join(", ", allowed.keySet().stream().sorted().toList()));
            }
            parts.add(expression + (descending ? " desc" : " asc"));
        }
        parts.add(idExpression);
        return " order by " + String.join(", ", parts);
    }
}
