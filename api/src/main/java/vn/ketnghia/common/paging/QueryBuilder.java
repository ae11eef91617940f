package vn.ketnghia.common.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ketnghia.common.text.SearchText;

/**
 * Builds a filtered JPQL query from optional parts. Every value is a bound parameter; only
 * fragments written in this code base are concatenated.
 */
public final class QueryBuilder {

    private static final Pattern NAMED_PARAMETER = Pattern.compile(":(\\w+)");

    private final StringBuilder where = new StringBuilder(" where 1 = 1");
    private final Map<String, Object> params = new HashMap<>();
    private int counter;

    public QueryBuilder and(String condition) {
        where.append(" and ").append(condition);
        return this;
    }

    /** Adds {@code condition} with {@code :p} bound to value, unless value is null. */
    public QueryBuilder and(String condition, Object value) {
        if (value != null) {
            String name = "p" + counter++;
            where.append(" and ").append(condition.replace(":p", ":" + name));
            params.put(name, value);
        }
        return this;
    }

    /**
     * Adds {@code condition}, which needs several values: each {@code :name} in it is bound from
     * {@code values} under a fresh parameter name, so it cannot collide with other conditions.
     */
    public QueryBuilder andAll(String condition, Map<String, ?> values) {
        Map<String, String> renamed = new HashMap<>();
        values.forEach((key, value) -> {
            String name = "p" + counter++;
            renamed.put(key, name);
            params.put(name, value);
        });
        String bound = NAMED_PARAMETER.matcher(condition).replaceAll(match -> ":" + renamed.getOrDefault(match.group(1), match.group(1)));
        where.append(" and ").append(bound);
        return this;
    }

    /**
     * Each folded word of {@code query} must occur in at least one of the folded-name columns.
     * {@code nameSearch} columns are written by the entities with {@link SearchText#fold}.
     */
    public QueryBuilder matches(String query, String... foldedColumns) {
        for (String term : SearchText.terms(query)) {
            String name = "p" + counter++;
            StringBuilder any = new StringBuilder("(");
            for (int i = 0; i < foldedColumns.length; i++) {
                any.append(i == 0 ? "" : " or ").append(foldedColumns[i]).append(" like :").append(name).append(" escape '\\'");
            }
            where.append(" and ").append(any).append(')');
            params.put(name, SearchText.likePattern(term));
        }
        return this;
    }

    public String where() {
        return where.toString();
    }

    public <T> TypedQuery<T> query(EntityManager em, String jpql, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql, type);
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * Runs the page query and its count with the same filters.
     *
     * @param count  {@code select count(x) from …} with plain joins
     * @param select {@code select x from …} with the same joins, fetched, so one query loads the page
     */
    public <T> Page<T> page(EntityManager em, String count, String select, String order, Class<T> type, PageQuery paging) {
        long total = query(em, count + where(), Long.class).getSingleResult();
        List<T> rows = total == 0 ? List.of()
                : query(em, select + where() + order, type)
                        .setFirstResult(paging.offset()).setMaxResults(paging.size).getResultList();
        return new Page<>(rows, paging.page, paging.size, total);
    }
}
