package vn.ketnghia.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ketnghia.catalog.OrganizationKind;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.stats.StatsDtos.PlanRow;
import vn.ketnghia.stats.StatsDtos.PlanStats;
import vn.ketnghia.stats.StatsDtos.PlanTotal;
import vn.ketnghia.stats.StatsDtos.StatsKey;
import vn.ketnghia.stats.StatsDtos.SupportRow;
import vn.ketnghia.stats.StatsDtos.SupportStats;
import vn.ketnghia.stats.StatsDtos.SupportTotal;
import vn.ketnghia.support.FundingSource;
import vn.ketnghia.support.SupportForm;
import vn.ketnghia.support.SupportRecordStatus;

/**
 * Support and plan statistics, grouped by up to two dimensions, in the caller's scope. One SQL
 * statement per figure set: the groups partition the matching records, so the total is the exact
 * sum of all groups (computed before any limit), and that equals sum(value_vnd) over the records.
 *
 * <p>Figures are read from {@link #FIGURES}: the support records reduced to the columns the
 * statistics use. Scope: district callers see their receiving district's agreements, unit callers
 * their organisation's; a caller whose scope is {@link Scope.Nothing} gets zeros (200), like the
 * lists answer an empty page.
 */
@ApplicationScoped
public class StatsService {

    static final int DEFAULT_LIMIT = 1000;

    /** The support records as the figure columns, one row per record. */
    static final String RAW_FIGURES = "(select sr.agreement_id, cast(extract(year from sr.support_date) as integer) as year,"
            + " sr.category_id, sr.form, sr.funding_source, sr.status, sr.value_vnd,"
            + " case when sr.form = 'cash' then sr.value_vnd else 0 end as cash_vnd,"
            + " case when sr.form = 'in_kind' then sr.value_vnd else 0 end as in_kind_vnd,"
            + " case when sr.status = 'confirmed' then sr.value_vnd else 0 end as confirmed_vnd,"
            + " 1 as records, coalesce(sr.beneficiary_households, 0) as households,"
            + " coalesce(sr.beneficiary_people, 0) as people, coalesce(sr.beneficiary_students, 0) as students"
            + " from support_record sr)";

    /** What the endpoints sum: the yearly aggregate kept exact by triggers (V008, ADR 0009). Same columns as RAW_FIGURES. */
    static final String FIGURES = "support_stat";

    private static final String JOINS = " left join agreement a on a.id = s.agreement_id"
            + " left join organization o on o.id = a.organization_id"
            + " left join support_category c on c.id = s.category_id"
            + " left join admin_unit r on r.id = a.recipient_id"
            + " left join admin_unit d on d.id = a.district_id"
            + " left join admin_unit pv on pv.id = d.parent_id";

    private static final String SUPPORT_SUMS = "sum(s.value_vnd), sum(s.cash_vnd), sum(s.in_kind_vnd), sum(s.records),"
            + " sum(s.households), sum(s.people), sum(s.students), sum(s.confirmed_vnd)";

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    // ---------------------------------------------------------------- support

    public SupportStats support(StatsFilter filter) {
        List<StatsDimension> dimensions = StatsDimension.parse(filter.groupBy, List.of(StatsDimension.values()));
        Parsed parsed = Parsed.of(filter, null);
        Sql sql = new Sql();
        sql.scope(caller.scope());
        sql.agreementFilters(parsed);
        sql.and("c.area = ", parsed.area);
        sql.and("s.category_id = ", filter.categoryId);
        sql.and("s.funding_source = ", parsed.fundingSource);
        sql.and("s.form = ", parsed.form);
        sql.and("s.status = ", parsed.status);
        sql.and("s.year >= ", parsed.fromYear);
        sql.and("s.year <= ", parsed.toYear);
        String statement = "select " + select(dimensions, "s.year") + SUPPORT_SUMS + " from " + FIGURES + " s" + JOINS
                + sql.where() + groupBy(dimensions, "s.year") + " having count(*) > 0 and sum(s.records) > 0";
        List<SupportRow> rows = new ArrayList<>();
        for (Object[] row : sql.run(em, statement)) {
            int n = dimensions.size() * 3;
            rows.add(new SupportRow(keys(dimensions, row), number(row[n]), number(row[n + 1]), number(row[n + 2]),
                    number(row[n + 3]), number(row[n + 4]), number(row[n + 5]), number(row[n + 6]), number(row[n + 7])));
        }
        SupportTotal total = SupportTotal.ZERO;
        for (SupportRow row : rows) {
            total = total.plus(row);
        }
        rows.sort(order(parsed.sortByKey, SupportRow::keys, SupportRow::valueVnd));
        int limit = parsed.limit;
        boolean truncated = rows.size() > limit;
        List<SupportRow> kept = truncated ? List.copyOf(rows.subList(0, limit)) : List.copyOf(rows);
        return new SupportStats(codes(dimensions), total, kept, truncated);
    }

    // ---------------------------------------------------------------- plans

    public PlanStats plans(StatsFilter filter, Integer year) {
        List<StatsDimension> dimensions = StatsDimension.parse(filter.groupBy, StatsDimension.FOR_PLANS);
        Parsed parsed = Parsed.of(filter, year);
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        Map<List<String>, List<StatsKey>> keysOf = new LinkedHashMap<>();
        collectPlans(dimensions, parsed, filter, sums, keysOf);
        Map<List<String>, long[]> whole = new LinkedHashMap<>();
        collectPlans(List.of(), parsed, filter, whole, new LinkedHashMap<>());
        long[] t = whole.isEmpty() ? new long[4] : whole.values().iterator().next();
        PlanTotal total = new PlanTotal(t[0], t[1], t[2], t[3]);
        List<PlanRow> rows = new ArrayList<>();
        sums.forEach((identity, s) -> rows.add(new PlanRow(keysOf.get(identity), s[0], s[1], s[2], s[3])));
        rows.sort(order(parsed.sortByKey, PlanRow::keys, PlanRow::plannedVnd));
        boolean truncated = rows.size() > parsed.limit;
        List<PlanRow> kept = truncated ? List.copyOf(rows.subList(0, parsed.limit)) : List.copyOf(rows);
        return new PlanStats(codes(dimensions), total, kept, truncated);
    }

    /** Three statements (planned, actual, programme counts), merged by key into {@code sums}: planned, actual, plans, agreed. */
    private void collectPlans(List<StatsDimension> dimensions, Parsed parsed, StatsFilter filter,
                              Map<List<String>, long[]> sums, Map<List<String>, List<StatsKey>> keysOf) {
        String planJoins = " left join agreement a on a.id = p.agreement_id"
                + " left join organization o on o.id = a.organization_id"
                + " left join admin_unit r on r.id = a.recipient_id"
                + " left join admin_unit d on d.id = a.district_id"
                + " left join admin_unit pv on pv.id = d.parent_id";
        boolean byItems = dimensions.contains(StatsDimension.AREA) || parsed.area != null || filter.categoryId != null;

        // planned: items of agreed annual programmes
        Sql planned = planSql(parsed, filter, "i.category_id");
        planned.and("p.status = 'agreed'");
        merge(dimensions, planned.run(em, "select " + select(dimensions, "p.year") + "sum(i.planned_vnd)"
                + " from plan p join plan_item i on i.plan_id = p.id" + planJoins
                + " left join support_category c on c.id = i.category_id" + planned.where()
                + groupBy(dimensions, "p.year")), sums, keysOf, 0);

        // actual: support of the same agreements in the programme's year
        Sql actual = planSql(parsed, filter, "s.category_id");
        actual.and("p.status = 'agreed'");
        actual.and("s.funding_source = ", parsed.fundingSource);
        actual.and("s.form = ", parsed.form);
        actual.and("s.status = ", parsed.status);
        merge(dimensions, actual.run(em, "select " + select(dimensions, "p.year") + "sum(s.value_vnd)"
                + " from plan p join " + FIGURES + " s on s.agreement_id = p.agreement_id and s.year = p.year" + planJoins
                + " left join support_category c on c.id = s.category_id" + actual.where()
                + groupBy(dimensions, "p.year") + " having sum(s.records) > 0"), sums, keysOf, 1);

        // programmes, all and agreed
        Sql counted = planSql(parsed, filter, "i.category_id");
        String items = byItems ? " join plan_item i on i.plan_id = p.id left join support_category c on c.id = i.category_id" : "";
        List<Object[]> counts = counted.run(em, "select " + select(dimensions, "p.year")
                + "count(distinct p.id), count(distinct p.id) filter (where p.status = 'agreed')"
                + " from plan p" + items + planJoins + counted.where() + groupBy(dimensions, "p.year"));
        int n = dimensions.size() * 3;
        for (Object[] row : counts) {
            long[] target = target(dimensions, row, sums, keysOf);
            target[2] += number(row[n]);
            target[3] += number(row[n + 1]);
        }
    }

    private Sql planSql(Parsed parsed, StatsFilter filter, String categoryColumn) {
        Sql sql = new Sql();
        sql.scope(caller.scope());
        sql.and("p.kind = 'annual'");
        sql.agreementFilters(parsed);
        sql.and("c.area = ", parsed.area);
        sql.and(categoryColumn + " = ", filter.categoryId);
        sql.and("p.year >= ", parsed.fromYear);
        sql.and("p.year <= ", parsed.toYear);
        return sql;
    }

    private static void merge(List<StatsDimension> dimensions, List<Object[]> rows, Map<List<String>, long[]> sums,
                              Map<List<String>, List<StatsKey>> keysOf, int slot) {
        int n = dimensions.size() * 3;
        for (Object[] row : rows) {
            target(dimensions, row, sums, keysOf)[slot] += number(row[n]);
        }
    }

    private static long[] target(List<StatsDimension> dimensions, Object[] row, Map<List<String>, long[]> sums,
                                 Map<List<String>, List<StatsKey>> keysOf) {
        List<StatsKey> keys = keys(dimensions, row);
        List<String> identity = keys.stream().map(k -> k.id() != null ? "#" + k.id() : k.code()).toList();
        keysOf.putIfAbsent(identity, keys);
        return sums.computeIfAbsent(identity, k -> new long[4]);
    }

    // ---------------------------------------------------------------- shared

    private static String select(List<StatsDimension> dimensions, String year) {
        return dimensions.stream().map(d -> d.columns(year) + ", ").collect(Collectors.joining());
    }

    private static String groupBy(List<StatsDimension> dimensions, String year) {
        return dimensions.isEmpty() ? "" : " group by " + dimensions.stream().map(d -> d.grouping(year)).collect(Collectors.joining(", "));
    }

    private static List<StatsKey> keys(List<StatsDimension> dimensions, Object[] row) {
        List<StatsKey> keys = new ArrayList<>(dimensions.size());
        for (int i = 0; i < dimensions.size(); i++) {
            StatsDimension dimension = dimensions.get(i);
            Object id = row[i * 3];
            String code = (String) row[i * 3 + 1];
            String label = (String) row[i * 3 + 2];
            keys.add(new StatsKey(dimension.code, id == null ? null : ((Number) id).longValue(), code,
                    label != null ? label : dimension.isEnum() ? StatsLabels.of(dimension, code) : code));
        }
        return keys;
    }

    private static List<String> codes(List<StatsDimension> dimensions) {
        return dimensions.stream().map(d -> d.code).toList();
    }

    /** sort=value: largest first, ties by key; sort=key: by key only. */
    private static <R> Comparator<R> order(boolean byKey, java.util.function.Function<R, List<StatsKey>> keys,
                                           java.util.function.ToLongFunction<R> value) {
        Comparator<R> byKeys = (x, y) -> compareKeys(keys.apply(x), keys.apply(y));
        return byKey ? byKeys : Comparator.comparingLong(value).reversed().thenComparing(byKeys);
    }

    private static int compareKeys(List<StatsKey> x, List<StatsKey> y) {
        for (int i = 0; i < x.size(); i++) {
            int c = compareKey(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int compareKey(StatsKey x, StatsKey y) {
        StatsDimension dimension = dimensionOf(x.dimension());
        if (dimension == StatsDimension.YEAR) {
            return Integer.compare(Integer.parseInt(x.code()), Integer.parseInt(y.code()));
        }
        if (dimension.isEnum()) {
            return Integer.compare(dimension.rank(x.code()), dimension.rank(y.code()));
        }
        int c = VIETNAMESE.compare(x.label(), y.label());
        return c != 0 ? c : Long.compare(x.id(), y.id());
    }

    private static StatsDimension dimensionOf(String code) {
        for (StatsDimension dimension : StatsDimension.values()) {
            if (dimension.code.equals(code)) {
                return dimension;
            }
        }
        throw new IllegalStateException(code);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The filter's enum and year parameters, checked (400 naming the parameter when wrong). */
    private record Parsed(StatsFilter filter, String partnerKind, String area, String fundingSource, String form,
                          String status, Integer fromYear, Integer toYear, boolean sortByKey, int limit) {

        static Parsed of(StatsFilter f, Integer year) {
            Integer from = f.fromYear;
            Integer to = f.toYear;
            if (year != null) {
                if (from != null || to != null) {
                    throw ApiException.invalidParameter("year",
                            "không dùng cùng fromYear/toYear / cannot be combined with fromYear or toYear");
                }
                from = year;
                to = year;
            }
            if (from != null && to != null && from > to) {
                throw ApiException.invalidParameter("fromYear", "phải nhỏ hơn hoặc bằng toYear / must not be after toYear");
            }
            boolean byKey;
            if (f.sort == null || f.sort.isBlank() || f.sort.equals("value")) {
                byKey = false;
            } else if (f.sort.equals("key")) {
                byKey = true;
            } else {
                throw ApiException.invalidParameter("sort", "cho phép / allowed: value, key");
            }
            return new Parsed(f, code(OrganizationKind.class, "partnerKind", f.partnerKind),
                    code(SupportArea.class, "area", f.area), code(FundingSource.class, "fundingSource", f.fundingSource),
                    code(SupportForm.class, "form", f.form), code(SupportRecordStatus.class, "status", f.status),
                    from, to, byKey, f.limit == null ? DEFAULT_LIMIT : f.limit);
        }

        private static <E extends Enum<E> & Coded> String code(Class<E> type, String parameter, String value) {
            E parsed = Coded.parse(type, parameter, value == null ? null : value.trim());
            return parsed == null ? null : parsed.code();
        }
    }

    /** A WHERE clause with numbered parameters. */
    private static final class Sql {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> parameters = new ArrayList<>();

        void and(String condition) {
            conditions.add(condition);
        }

        /** Adds {@code prefix :pN} when {@code value} is given. */
        void and(String prefix, Object value) {
            if (value != null) {
                parameters.add(value);
                conditions.add(prefix + ":p" + (parameters.size() - 1));
            }
        }

        void scope(Scope scope) {
            switch (scope) {
                case Scope.All all -> {
                }
                case Scope.District district -> and("a.district_id = ", district.districtId());
                case Scope.Organization organization -> and("a.organization_id = ", organization.organizationId());
                case Scope.Nothing nothing -> and("1 = 0");
            }
        }

        void agreementFilters(Parsed parsed) {
            StatsFilter f = parsed.filter();
            and("a.period_id = ", f.periodId);
            and("d.parent_id = ", f.provinceId);
            and("a.district_id = ", f.districtId);
            and("a.recipient_id = ", f.communeId);
            and("a.organization_id = ", f.organizationId);
            and("o.kind = ", parsed.partnerKind());
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        @SuppressWarnings("unchecked")
        List<Object[]> run(EntityManager em, String statement) {
            Query query = em.createNativeQuery(statement);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter("p" + i, parameters.get(i));
            }
            List<?> rows = query.getResultList();
            List<Object[]> result = new ArrayList<>(rows.size());
            for (Object row : rows) {
                result.add(row instanceof Object[] array ? array : new Object[] {row});
            }
            return result;
        }
    }
}
