package vn.ketnghia.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums of support records in a date window, whole and broken down, for reports and the province
 * summary. Every line carries the support-record list filter that lists exactly the records it sums
 * ({@code GET /api/v1/support-records?…}), so any figure can be traced. Sums are bigint VND, exact.
 *
 * <p>The caller decides the scope: a partner organisation, a receiving district, or (both null) the
 * whole programme. It is not the request's scope; services check that before they ask.
 */
@ApplicationScoped
public class SupportFigures {

    @Inject
    EntityManager em;

    /** What to sum: support given between {@code from} and {@code to} (inclusive), optionally one partner's or one district's. */
    public record Window(LocalDate from, LocalDate to, Long organizationId, Long districtId) {
        Map<String, String> filter() {
            Map<String, String> filter = new LinkedHashMap<>();
            filter.put("from", from.toString());
            filter.put("to", to.toString());
            if (organizationId != null) {
                filter.put("organizationId", organizationId.toString());
            }
            if (districtId != null) {
                filter.put("districtId", districtId.toString());
            }
            return filter;
        }
    }

    /** Sums of one group of records. {@code parentKey} names the group above it (a category's area, a commune's district). */
    public record Line(String key, String label, String parentKey, long valueVnd, long confirmedVnd, long records,
                       long households, long people, long students, Map<String, String> filter) {
    }

    public record Figures(Line total, List<Line> byArea, List<Line> byCategory, List<Line> byDistrict,
                          List<Line> byCommune, List<Line> byForm, List<Line> byFundingSource,
                          List<Line> byPartnerKind, List<Line> byOrganization) {
    }

    private static final String FROM = " from support_record s"
            + " join agreement a on a.id = s.agreement_id"
            + " join support_category c on c.id = s.category_id"
            + " join organization o on o.id = a.organization_id"
            + " join admin_unit r on r.id = a.recipient_id"
            + " join admin_unit d on d.id = a.district_id"
            + " where s.support_date between :from and :to"
            + " and (cast(:organizationId as bigint) is null or a.organization_id = :organizationId)"
            + " and (cast(:districtId as bigint) is null or a.district_id = :districtId)";

    private static final String SUMS = "coalesce(sum(s.value_vnd), 0),"
            + " coalesce(sum(case when s.status = 'confirmed' then s.value_vnd else 0 end), 0),"
            + " count(*), coalesce(sum(s.beneficiary_households), 0), coalesce(sum(s.beneficiary_people), 0),"
            + " coalesce(sum(s.beneficiary_students), 0)";

    public Figures of(Window window) {
        Line total = lines(window, "'total'", "'total'", "null", null, "total").getFirst();
        return new Figures(
                total,
                lines(window, "c.area", "c.area", "null", "c.area", "area"),
                lines(window, "cast(c.id as varchar)", "c.name", "c.area", "c.sort_order, c.code", "categoryId"),
                lines(window, "cast(d.id as varchar)", "d.name", "null", "d.name", "districtId"),
                lines(window, "cast(r.id as varchar)", "r.name", "cast(d.id as varchar)", "d.name, r.name", "communeId"),
                lines(window, "s.form", "s.form", "null", "s.form", "form"),
                lines(window, "s.funding_source", "s.funding_source", "null", "s.funding_source", "fundingSource"),
                lines(window, "o.kind", "o.kind", "null", "o.kind", "partnerKind"),
                lines(window, "cast(o.id as varchar)", "o.name", "o.kind", "o.name", "organizationId"));
    }

    /**
     * One group-by over the window. {@code key} is also the value of the list filter {@code filterName}
     * that selects the group's records; codes (area, form, ...) are their own labels, and clients
     * translate them.
     */
    private List<Line> lines(Window window, String key, String label, String parent, String order,
                             String filterName) {
        boolean total = "total".equals(filterName);
        // PostgreSQL refuses a constant in GROUP BY, so a line without a parent groups by key and label only.
        String groupBy = total ? "" : " group by " + key + ", " + label + ("null".equals(parent) ? "" : ", " + parent)
                + (order == null || order.equals(key) ? "" : ", " + order);
        String orderBy = total ? "" : " order by " + (order == null ? key : order);
        Query query = em.createNativeQuery("select " + key + ", " + label + ", " + parent + ", " + SUMS + FROM + groupBy + orderBy)
                .setParameter("from", window.from())
                .setParameter("to", window.to())
                .setParameter("organizationId", window.organizationId())
                .setParameter("districtId", window.districtId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Line> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Map<String, String> filter = window.filter();
            if (!total) {
                filter.put(filterName, (String) row[0]);
            }
            lines.add(new Line((String) row[0], (String) row[1], (String) row[2], number(row[3]), number(row[4]),
                    number(row[5]), number(row[6]), number(row[7]), number(row[8]), filter));
        }
        return lines;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
