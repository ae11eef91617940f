package vn.ketnghia.coverage;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ketnghia.common.text.SearchText;

/**
 * A native SQL statement assembled from fragments written in this package, with every value bound
 * as a parameter. Coverage needs window functions and lateral joins, which JPQL does not offer.
 */
final class NativeSql {

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private int counter;

    NativeSql append(String fragment) {
        sql.append(fragment);
        return this;
    }

    /** A fresh placeholder bound to value. */
    String bind(Object value) {
        String name = "c" + counter++;
        params.put(name, value);
        return ":" + name;
    }

    /** Appends {@code condition} with {@code ?} replaced by a placeholder for value, unless value is null. */
    NativeSql and(String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition.replace("?", bind(value)));
        }
        return this;
    }

    /** Each folded word of the query must occur in at least one of the folded columns. */
    NativeSql matches(String query, String... foldedColumns) {
        for (String term : SearchText.terms(query)) {
            String placeholder = bind(SearchText.likePattern(term));
            StringBuilder any = new StringBuilder(" and (");
            for (int i = 0; i < foldedColumns.length; i++) {
                any.append(i == 0 ? "" : " or ").append(foldedColumns[i]).append(" like ").append(placeholder).append(" escape '\\'");
            }
            sql.append(any).append(')');
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    List<Object[]> rows(EntityManager em) {
        String text = sql.toString();
        Query query = em.createNativeQuery(text);
        // a fragment may bind a value it then leaves out (the headline skips the activity columns)
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "(?!\\w)").matcher(text).find()) {
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
