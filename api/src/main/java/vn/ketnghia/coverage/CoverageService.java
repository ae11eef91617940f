package vn.ketnghia.coverage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ketnghia.catalog.OrganizationKind;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.common.web.Ref;
import vn.ketnghia.coverage.CoverageDtos.AgreementCounts;
import vn.ketnghia.coverage.CoverageDtos.AgreementPage;
import vn.ketnghia.coverage.CoverageDtos.AgreementRow;
import vn.ketnghia.coverage.CoverageDtos.CommuneCell;
import vn.ketnghia.coverage.CoverageDtos.CommuneCounts;
import vn.ketnghia.coverage.CoverageDtos.CommunePage;
import vn.ketnghia.coverage.CoverageDtos.CommuneRow;
import vn.ketnghia.coverage.CoverageDtos.CoverageView;
import vn.ketnghia.coverage.CoverageDtos.DistrictCoverage;
import vn.ketnghia.coverage.CoverageDtos.LatestReport;
import vn.ketnghia.coverage.CoverageDtos.OrganizationCounts;
import vn.ketnghia.coverage.CoverageDtos.OrganizationPage;
import vn.ketnghia.coverage.CoverageDtos.OrganizationRow;
import vn.ketnghia.coverage.CoverageDtos.Partner;

/**
 * Coverage of the programme (tasks 3 and 4 of notice 135/TB-UBND): which especially-difficult communes
 * have a partner, which organisations take part, and which active agreements show no recent activity.
 *
 * <p>The rules (see docs/adr/0010-coverage.md):
 * <ul>
 * <li>A commune is <em>covered</em> in a period when at least one agreement of that period with the commune
 * itself as recipient is {@code active}. A district-to-district twinning helps the district as a whole but
 * names no partner for any commune, so it does not cover a commune; such communes are counted separately
 * ({@code onlyDistrictTwinning}).</li>
 * <li>An organisation <em>participates</em> in a period when it has at least one active agreement in it.</li>
 * <li>An active agreement has <em>no recent support</em> when it started at least N months before asOf and
 * has no support record dated after asOf minus N months (up to asOf).</li>
 * <li>It has <em>no agreed plan</em> when no annual programme of the plan year is agreed; the plan year is the
 * year of asOf, kept within the period's years.</li>
 * <li>It has <em>no report</em> when its partner's report in the latest reporting period that was due by asOf
 * and had the partner on its roster was never submitted, and the province did not excuse it.</li>
 * </ul>
 * Every query applies the caller's scope to the agreements it reads, and to the communes it lists.
 */
@ApplicationScoped
public class CoverageService {

    /** At most this many rows go into a spreadsheet. */
    static final int EXPORT_LIMIT = 50_000;

    private static final Map<String, String> COMMUNE_SORTS = Map.of(
            "name", "name_search", "district", "district_name_search", "partnerCount", "partner_count",
            "lastSupportDate", "last_support_date", "receivedVnd", "received_vnd", "lastVisitDate", "last_visit_date",
            "daysSinceVisit", "days_since_visit");
    private static final Map<String, String> ORGANIZATION_SORTS = Map.of(
            "name", "name_search", "kind", "kind", "activeAgreements", "active_agreements",
            "proposedAgreements", "proposed_agreements", "lastSupportDate", "last_support_date", "givenVnd", "given_vnd");
    private static final Map<String, String> AGREEMENT_SORTS = Map.of(
            "organization", "organization_name_search", "recipient", "recipient_name_search",
            "district", "district_name_search", "startDate", "start_date", "lastSupportDate", "last_support_date",
            "monthsSinceSupport", "months_since_support", "lastVisitDate", "last_visit_date", "daysSinceVisit", "days_since_visit");

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    /** A programme period with its years. */
    record PeriodInfo(long id, String code, String name, int startYear, int endYear) {
        Ref ref() {
            return new Ref(id, code, name);
        }

        int planYear(LocalDate asOf) {
            return Math.max(startYear, Math.min(endYear, asOf.getYear()));
        }
    }

    // ---------------------------------------------------------------- headline

    @Transactional(Transactional.TxType.SUPPORTS)
    public CoverageView headline(CoverageParams params) {
        PeriodInfo period = period(params.periodId);
        LocalDate asOf = asOf(params.asOf);
        Scope scope = caller.scope();

        CommuneCoverageFilter ed = new CommuneCoverageFilter();
        ed.especiallyDifficult = true;
        ed.districtId = params.districtId;
        List<Object[]> communes = communeRows(period, asOf, ed, scope, false, " order by district_name_search, district_id, name_search, id",
                null, null);
        long withPartner = 0;
        long onlyDistrict = 0;
        Map<Long, DistrictAccumulator> districts = new LinkedHashMap<>();
        for (Object[] row : communes) {
            long partners = number(row[10]);
            boolean districtTwinning = (Boolean) row[11];
            if (partners > 0) {
                withPartner++;
            } else if (districtTwinning) {
                onlyDistrict++;
            }
            DistrictAccumulator district = districts.computeIfAbsent(number(row[5]),
                    id -> new DistrictAccumulator(id, (String) row[6], (String) row[7], districtTwinning));
            district.communes.add(new CommuneCell(number(row[0]), (String) row[1], (String) row[2], partners));
            if (partners > 0) {
                district.covered++;
            }
        }
        CommuneCounts communeCounts = new CommuneCounts(communes.size(), withPartner, communes.size() - withPartner, onlyDistrict);
        OrganizationCounts organizations = scope instanceof Scope.All ? organizationCounts(period) : null;
        AgreementCounts agreements = agreementCounts(period, asOf, params, scope);
        List<DistrictCoverage> table = districts.values().stream().map(DistrictAccumulator::view).toList();
        return new CoverageView(period.ref(), asOf, params.inactiveMonths, period.planYear(asOf), communeCounts, organizations,
                agreements, table);
    }

    private static final class DistrictAccumulator {
        final long id;
        final String code;
        final String name;
        final boolean districtTwinning;
        final List<CommuneCell> communes = new ArrayList<>();
        long covered;

        DistrictAccumulator(long id, String code, String name, boolean districtTwinning) {
            this.id = id;
            this.code = code;
            this.name = name;
            this.districtTwinning = districtTwinning;
        }

        DistrictCoverage view() {
            return new DistrictCoverage(id, code, name, communes.size(), covered, communes.size() - covered, districtTwinning, communes);
        }
    }

    private OrganizationCounts organizationCounts(PeriodInfo period) {
        NativeSql sql = new NativeSql();
        String periodId = sql.bind(period.id());
        sql.append("select count(*), count(*) filter (where active_agreements > 0),"
                + " count(*) filter (where active_agreements = 0), count(*) filter (where active_agreements = 0 and proposed_agreements > 0)"
                + " from (select o.id,"
                + " count(a.id) filter (where a.status = 'active') active_agreements,"
                + " count(a.id) filter (where a.status = 'proposed') proposed_agreements"
                + " from organization o left join agreement a on a.organization_id = o.id and a.period_id = " + periodId
                + " where o.active group by o.id) per_organization");
        Object[] row = sql.rows(em).getFirst();
        return new OrganizationCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    private AgreementCounts agreementCounts(PeriodInfo period, LocalDate asOf, CoverageParams params, Scope scope) {
        AgreementCoverageFilter filter = new AgreementCoverageFilter();
        filter.districtId = params.districtId;
        filter.inactiveMonths = params.inactiveMonths;
        NativeSql sql = new NativeSql();
        sql.append("select count(*), count(*) filter (where no_recent_support), count(*) filter (where no_agreed_plan),"
                + " count(*) filter (where no_report) from (");
        agreementSelect(sql, period, asOf, filter, scope);
        sql.append(") agreement_rows");
        Object[] row = sql.rows(em).getFirst();
        return new AgreementCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
    }

    // ---------------------------------------------------------------- communes

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunePage communes(CommuneCoverageFilter filter, PageQuery paging) {
        return communes(filter, paging.sort, paging.size, paging.offset(), paging.page);
    }

    /** Every matching commune, up to {@link #EXPORT_LIMIT}, for a spreadsheet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunePage allCommunes(CommuneCoverageFilter filter, String sort) {
        return communes(filter, sort, EXPORT_LIMIT, 0, 0);
    }

    private CommunePage communes(CommuneCoverageFilter filter, String sort, int limit, int offset, int page) {
        PeriodInfo period = period(filter.periodId);
        LocalDate asOf = asOf(filter.asOf);
        Scope scope = caller.scope();
        String order = Sort.orderBy(sort, COMMUNE_SORTS, "district_name_search, district_id, name_search", "id");
        List<Object[]> rows = communeRows(period, asOf, filter, scope, true, order, limit, offset);
        long total = total(rows, 17, offset, () -> {
            NativeSql count = new NativeSql();
            count.append("select count(*), 0 from (");
            communeSelect(count, period, asOf, filter, scope, false);
            count.append(") counted");
            return number(count.rows(em).getFirst()[0]);
        });
        Map<Long, List<Partner>> partners = partnersOf(period, scope, rows.stream().map(r -> number(r[0])).toList());
        List<CommuneRow> items = rows.stream().map(r -> new CommuneRow(number(r[0]), (String) r[1], (String) r[2],
                new Ref(number(r[5]), (String) r[6], (String) r[7]), (Boolean) r[8], (Boolean) r[9], (Boolean) r[14],
                partners.getOrDefault(number(r[0]), List.of()), number(r[10]), (Boolean) r[11],
                date(r[12]), number(r[15]), date(r[13]), r[16] == null ? null : ((Number) r[16]).intValue())).toList();
        return new CommunePage(items, page, limit, total);
    }

    private List<Object[]> communeRows(PeriodInfo period, LocalDate asOf, CommuneCoverageFilter filter, Scope scope, boolean activity,
                                       String order, Integer limit, Integer offset) {
        NativeSql sql = new NativeSql();
        sql.append("select *, count(*) over () from (");
        communeSelect(sql, period, asOf, filter, scope, activity);
        sql.append(") commune_rows").append(order);
        if (limit != null) {
            sql.append(" limit ").append(sql.bind(limit)).append(" offset ").append(sql.bind(offset));
        }
        return sql.rows(em);
    }

    /**
     * Columns: 0 id, 1 code, 2 name, 3 name_search, 4 district_name_search, 5-7 district id/code/name,
     * 8 especially_difficult, 9 ethnic_minority_area, 10 partner_count, 11 district_twinning, 12 last_support_date,
     * 13 last_visit_date, 14 border, 15 received_vnd, 16 days_since_visit; the wrapping query adds the total at 17.
     * Without {@code activity} the support and visit columns are null, which spares the headline their aggregation.
     */
    private void communeSelect(NativeSql sql, PeriodInfo period, LocalDate asOf, CommuneCoverageFilter filter, Scope scope,
                               boolean activity) {
        String periodId = sql.bind(period.id());
        String asOfDate = sql.bind(asOf);
        sql.append("with ag as (select a.id, a.recipient_id, a.organization_id, a.status from agreement a where a.period_id = ")
                .append(periodId).append(agreementScope(sql, scope, "a")).append("),"
                        + " partners as (select recipient_id, count(distinct organization_id) n from ag where status = 'active'"
                        + " group by recipient_id),"
                        + " helped as (select distinct recipient_id from ag)");
        if (activity) {
            supported(sql, "recipient_id", asOf);
            sql.append(", visited as (select ag.recipient_id, max(v.visit_date) last_date"
                            + " from ag join monitoring_visit v on v.agreement_id = ag.id where v.visit_date <= ").append(asOfDate)
                    .append(" group by ag.recipient_id)");
        }
        sql.append(" select u.id, u.code, u.name, u.name_search, d.name_search district_name_search, d.id district_id,"
                + " d.code district_code, d.name district_name,"
                + " coalesce(f.especially_difficult, false) especially_difficult,"
                + " coalesce(f.ethnic_minority_area, false) ethnic_minority_area,"
                + " coalesce(p.n, 0) partner_count, (dp.n is not null) district_twinning,");
        if (activity) {
            sql.append(" sup.last_date last_support_date, vis.last_date last_visit_date,");
        } else {
            sql.append(" cast(null as date) last_support_date, cast(null as date) last_visit_date,");
        }
        sql.append(" coalesce(f.border, false) border,");
        if (activity) {
            sql.append(" coalesce(sup.vnd, 0) received_vnd, (").append(asOfDate).append(" - vis.last_date) days_since_visit");
        } else {
            sql.append(" 0 received_vnd, cast(null as integer) days_since_visit");
        }
        sql.append(" from admin_unit u join admin_unit d on d.id = u.parent_id"
                + " left join admin_unit_flag f on f.admin_unit_id = u.id and f.period_id = ").append(periodId)
                .append(" left join partners p on p.recipient_id = u.id left join partners dp on dp.recipient_id = d.id"
                        + " left join helped h on h.recipient_id = u.id");
        if (activity) {
            sql.append(" left join supported sup on sup.recipient_id = u.id left join visited vis on vis.recipient_id = u.id");
        }
        sql.append(" where u.level = 'commune'"
                + " and (coalesce(f.especially_difficult, false) or h.recipient_id is not null)");
        sql.append(communeScope(sql, scope, period));
        sql.and("d.id = ?", filter.districtId);
        sql.and("coalesce(f.especially_difficult, false) = ?", filter.especiallyDifficult);
        if (filter.covered != null) {
            sql.append(filter.covered ? " and p.n is not null" : " and p.n is null");
        }
        sql.matches(filter.q, "u.name_search", "d.name_search");
    }

    /**
     * Appends the common table {@code supported}: per value of the column {@code key} of {@code ag} (the period's
     * agreements in the caller's scope), the last support date up to asOf and the VND of the support dated up to
     * asOf. The last date is {@code max()} over the V012 index (agreement_id, support_date), one backward index step
     * per agreement. The VND is read from the exact yearly aggregate {@code support_stat_year} (V008) for whole years,
     * and from support_record, through the same index, only for the part of asOf's year that the whole years leave
     * out or take in too much ({@link SupportWindow}), so it equals sum(value_vnd) over the records up to asOf.
     * Every key of {@code ag} gets a row; with no support its date is null and its VND 0.
     */
    private static void supported(NativeSql sql, String key, LocalDate asOf) {
        SupportWindow window = SupportWindow.of(asOf, ProgrammeDate.today());
        // one union rather than joins: the planner cannot tell that ag.id is unique, and a join of two per-agreement
        // tables on it is estimated at millions of rows, which sets off JIT compilation costing more than the query
        sql.append(", supported as (select ").append(key).append(", max(last_date) last_date, sum(vnd) vnd from ("
                + " select ag.").append(key).append(", cast(null as date) last_date, y.value_vnd vnd"
                + " from ag join support_stat_year y on y.agreement_id = ag.id where y.year <= ").append(sql.bind(window.fullYears()))
                .append(" union all select ag.").append(key).append(", (select max(s.support_date) from support_record s"
                        + " where s.agreement_id = ag.id and s.support_date <= ").append(sql.bind(asOf)).append("), ");
        if (window.hasRecords()) {
            sql.append(window.sign() > 0 ? "" : "-").append("coalesce((select sum(s.value_vnd) from support_record s"
                    + " where s.agreement_id = ag.id and s.support_date between ").append(sql.bind(window.from())).append(" and ")
                    .append(sql.bind(window.to())).append("), 0)");
        } else {
            sql.append("0");
        }
        sql.append(" from ag) per_agreement group by ").append(key).append(")");
    }

    private Map<Long, List<Partner>> partnersOf(PeriodInfo period, Scope scope, List<Long> communeIds) {
        Map<Long, List<Partner>> partners = new HashMap<>();
        if (communeIds.isEmpty()) {
            return partners;
        }
        NativeSql sql = new NativeSql();
        sql.append("select a.recipient_id, o.id, o.name, a.id agreement_id from agreement a join organization o on o.id = a.organization_id"
                        + " where a.status = 'active' and a.period_id = ").append(sql.bind(period.id()))
                .append(" and a.recipient_id in (").append(sql.bind(communeIds)).append(")").append(agreementScope(sql, scope, "a"))
                .append(" order by o.name_search, a.id");
        for (Object[] row : sql.rows(em)) {
            partners.computeIfAbsent(number(row[0]), id -> new ArrayList<>())
                    .add(new Partner(number(row[1]), (String) row[2], number(row[3])));
        }
        return partners;
    }

    // ---------------------------------------------------------------- organisations

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationPage organizations(OrganizationCoverageFilter filter, PageQuery paging) {
        return organizations(filter, paging.sort, paging.size, paging.offset(), paging.page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrganizationPage allOrganizations(OrganizationCoverageFilter filter, String sort) {
        return organizations(filter, sort, EXPORT_LIMIT, 0, 0);
    }

    private OrganizationPage organizations(OrganizationCoverageFilter filter, String sort, int limit, int offset, int page) {
        if (!(caller.scope() instanceof Scope.All)) {
            throw ApiException.forbidden("Chỉ Ban Dân tộc, lãnh đạo tỉnh và quản trị xem được danh sách đơn vị tham gia / "
                    + "only the province, its leadership and administrators see participation");
        }
        PeriodInfo period = period(filter.periodId);
        LocalDate asOf = asOf(filter.asOf);
        OrganizationKind kind = Coded.parse(OrganizationKind.class, "kind", filter.kind);
        String order = Sort.orderBy(sort, ORGANIZATION_SORTS, "name_search", "id");
        NativeSql sql = new NativeSql();
        String periodId = sql.bind(period.id());
        sql.append("select *, count(*) over () from (with ag as (select a.id, a.organization_id, a.status from agreement a"
                        + " where a.period_id = ").append(periodId).append("),"
                        + " counted as (select organization_id, count(*) filter (where status = 'active') active_agreements,"
                        + " count(*) filter (where status = 'proposed') proposed_agreements from ag group by organization_id)");
        supported(sql, "organization_id", asOf);
        sql.append(" select o.id, o.code, o.name, o.name_search, o.kind, coalesce(c.active_agreements, 0) active_agreements,"
                        + " coalesce(c.proposed_agreements, 0) proposed_agreements, sup.last_date last_support_date,"
                        + " coalesce(sup.vnd, 0) given_vnd"
                        + " from organization o left join counted c on c.organization_id = o.id"
                        + " left join supported sup on sup.organization_id = o.id where o.active");
        sql.and("o.kind = ?", kind == null ? null : kind.code());
        if (filter.participating != null) {
            sql.append(filter.participating ? " and c.active_agreements > 0" : " and coalesce(c.active_agreements, 0) = 0");
        }
        sql.matches(filter.q, "o.name_search", "lower(o.code)");
        sql.append(") organization_rows").append(order)
                .append(" limit ").append(sql.bind(limit)).append(" offset ").append(sql.bind(offset));
        List<Object[]> rows = sql.rows(em);
        long total = total(rows, 9, offset, () -> {
            return organizations(filter, null, 1, 0, 0).total();
        });
        List<OrganizationRow> items = rows.stream().map(r -> new OrganizationRow(number(r[0]), (String) r[1], (String) r[2],
                (String) r[4], number(r[5]), number(r[6]), number(r[5]) > 0, date(r[7]), number(r[8]))).toList();
        return new OrganizationPage(items, page, limit, total);
    }

    // ---------------------------------------------------------------- agreements

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementPage agreements(AgreementCoverageFilter filter, PageQuery paging) {
        return agreements(filter, paging.sort, paging.size, paging.offset(), paging.page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AgreementPage allAgreements(AgreementCoverageFilter filter, String sort) {
        return agreements(filter, sort, EXPORT_LIMIT, 0, 0);
    }

    private AgreementPage agreements(AgreementCoverageFilter filter, String sort, int limit, int offset, int page) {
        PeriodInfo period = period(filter.periodId);
        LocalDate asOf = asOf(filter.asOf);
        Scope scope = caller.scope();
        CoverageGap gap = Coded.parse(CoverageGap.class, "gap", filter.gap);
        String order = Sort.orderBy(sort, AGREEMENT_SORTS, "district_name_search, recipient_name_search, organization_name_search", "id");
        NativeSql sql = new NativeSql();
        sql.append("select *, count(*) over () from (");
        agreementSelect(sql, period, asOf, filter, scope);
        sql.append(") agreement_rows where true");
        if (gap != null) {
            sql.append(" and " + gap.code());
        }
        sql.append(order).append(" limit ").append(sql.bind(limit)).append(" offset ").append(sql.bind(offset));
        List<Object[]> rows = sql.rows(em);
        long total = total(rows, 32, offset, () -> agreements(filter, null, 1, 0, 0).total());
        List<AgreementRow> items = rows.stream().map(CoverageService::agreementRow).toList();
        return new AgreementPage(period.planYear(asOf), items, page, limit, total);
    }

    /**
     * Columns: 0 id, 1 document_number, 2-4 organization id/code/name, 5-8 recipient id/code/name/level,
     * 9-11 district id/code/name, 12 start_date, 13 end_date, 14 last_support_date, 15 months_since_support,
     * 16 agreed_plan, 17-23 report id, reporting period id, name, due date, status, excused, submitted,
     * 24 last_visit_date, 25 days_since_visit, 26 no_recent_support, 27 no_agreed_plan, 28 no_report,
     * 29-31 name_search of organization, recipient, district (for sorting).
     */
    private void agreementSelect(NativeSql sql, PeriodInfo period, LocalDate asOf, AgreementCoverageFilter filter, Scope scope) {
        String asOfDate = sql.bind(asOf);
        String cutoff = sql.bind(asOf.minusMonths(filter.inactiveMonths));
        sql.append("select a.id, a.document_number, o.id organization_id, o.code organization_code, o.name organization_name,"
                + " r.id recipient_id, r.code recipient_code, r.name recipient_name, r.level recipient_level,"
                + " d.id district_id, d.code district_code, d.name district_name, a.start_date, a.end_date,"
                + " sup.last_date last_support_date,"
                + " case when sup.last_date is null then null else cast(extract(year from age(" + asOfDate + ", sup.last_date)) * 12"
                + " + extract(month from age(" + asOfDate + ", sup.last_date)) as integer) end months_since_support,"
                + " (plan.id is not null) agreed_plan,"
                + " rep.id report_id, rep.period_id reporting_period_id, rep.name reporting_period_name, rep.due_date report_due_date,"
                + " rep.status report_status, rep.excused report_excused, (rep.first_submitted_at is not null) report_submitted,"
                + " vis.last_date last_visit_date, (" + asOfDate + " - vis.last_date) days_since_visit,"
                + " (a.start_date <= " + cutoff + " and (sup.last_date is null or sup.last_date <= " + cutoff + ")) no_recent_support,"
                + " (plan.id is null) no_agreed_plan,"
                + " (rep.id is not null and not rep.excused and rep.first_submitted_at is null) no_report,"
                + " o.name_search organization_name_search, r.name_search recipient_name_search, d.name_search district_name_search"
                + " from agreement a join organization o on o.id = a.organization_id"
                + " join admin_unit r on r.id = a.recipient_id join admin_unit d on d.id = a.district_id"
                + " left join lateral (select max(s.support_date) last_date from support_record s"
                + " where s.agreement_id = a.id and s.support_date <= " + asOfDate + ") sup on true"
                + " left join lateral (select max(v.visit_date) last_date from monitoring_visit v"
                + " where v.agreement_id = a.id and v.visit_date <= " + asOfDate + ") vis on true"
                + " left join plan on plan.agreement_id = a.id and plan.kind = 'annual' and plan.status = 'agreed' and plan.year = "
                + sql.bind(period.planYear(asOf))
                + " left join lateral (select x.id, x.excused, x.first_submitted_at, x.status, rp.id period_id, rp.name, rp.due_date"
                + " from report x join reporting_period rp on rp.id = x.period_id"
                + " where x.organization_id = a.organization_id and rp.status <> 'planned' and rp.due_date <= " + asOfDate
                + " order by rp.due_date desc, rp.id desc limit 1) rep on true"
                + " where a.status = 'active' and a.period_id = " + sql.bind(period.id()));
        sql.append(agreementScope(sql, scope, "a"));
        sql.and("a.district_id = ?", filter.districtId);
        sql.and("a.organization_id = ?", filter.organizationId);
        sql.matches(filter.q, "o.name_search", "r.name_search");
    }

    private static AgreementRow agreementRow(Object[] r) {
        LatestReport report = r[17] == null ? null : new LatestReport(number(r[17]), number(r[18]), (String) r[19], date(r[20]),
                (String) r[21], (Boolean) r[22], (Boolean) r[23]);
        List<String> gaps = new ArrayList<>();
        if ((Boolean) r[26]) {
            gaps.add(CoverageGap.NO_RECENT_SUPPORT.code());
        }
        if ((Boolean) r[27]) {
            gaps.add(CoverageGap.NO_AGREED_PLAN.code());
        }
        if ((Boolean) r[28]) {
            gaps.add(CoverageGap.NO_REPORT.code());
        }
        return new AgreementRow(number(r[0]), (String) r[1], new Ref(number(r[2]), (String) r[3], (String) r[4]),
                new Ref(number(r[5]), (String) r[6], (String) r[7]), (String) r[8], new Ref(number(r[9]), (String) r[10], (String) r[11]),
                date(r[12]), date(r[13]), date(r[14]), r[15] == null ? null : ((Number) r[15]).intValue(), (Boolean) r[16], report,
                date(r[24]), r[25] == null ? null : ((Number) r[25]).intValue(), gaps);
    }

    // ---------------------------------------------------------------- shared

    /** The caller's scope as a condition on an agreement alias, like AgreementScope but for native SQL. */
    private static String agreementScope(NativeSql sql, Scope scope, String alias) {
        return switch (scope) {
            case Scope.All all -> "";
            case Scope.District d -> " and " + alias + ".district_id = " + sql.bind(d.districtId());
            case Scope.Organization o -> " and " + alias + ".organization_id = " + sql.bind(o.organizationId());
            case Scope.Nothing nothing -> " and false";
        };
    }

    /** Which communes the caller may list: a district its own; a unit those its agreements of the period help. */
    private static String communeScope(NativeSql sql, Scope scope, PeriodInfo period) {
        return switch (scope) {
            case Scope.All all -> "";
            case Scope.District d -> " and d.id = " + sql.bind(d.districtId());
            case Scope.Organization o -> " and exists (select 1 from agreement mine where mine.recipient_id = u.id and mine.period_id = "
                    + sql.bind(period.id()) + " and mine.organization_id = " + sql.bind(o.organizationId()) + ")";
            case Scope.Nothing nothing -> " and false";
        };
    }

    PeriodInfo period(Long periodId) {
        NativeSql sql = new NativeSql();
        sql.append("select p.id, p.code, p.name, p.start_year, p.end_year from period p");
        if (periodId != null) {
            sql.append(" where p.id = ").append(sql.bind(periodId));
        } else {
            sql.append(" order by exists (select 1 from admin_unit_flag f where f.period_id = p.id and f.especially_difficult) desc,"
                    + " p.start_year desc, p.id desc limit 1");
        }
        List<Object[]> rows = sql.rows(em);
        if (rows.isEmpty()) {
            if (periodId != null) {
                throw ApiException.invalidParameter("periodId", "giai đoạn không tồn tại / no such period");
            }
            throw ApiException.invalidState("Chưa có giai đoạn kết nghĩa nào / no programme period exists");
        }
        Object[] row = rows.getFirst();
        return new PeriodInfo(number(row[0]), (String) row[1], (String) row[2], ((Number) row[3]).intValue(), ((Number) row[4]).intValue());
    }

    private static LocalDate asOf(LocalDate asOf) {
        return asOf == null ? ProgrammeDate.today() : asOf;
    }

    /** The window count of the first row; when a page lies past the end there is no row, so count again. */
    private static long total(List<Object[]> rows, int countColumn, int offset, java.util.function.LongSupplier recount) {
        if (!rows.isEmpty()) {
            return number(rows.getFirst()[countColumn]);
        }
        return offset == 0 ? 0 : recount.getAsLong();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate local -> local;
            case Date sql -> sql.toLocalDate();
            default -> throw new IllegalStateException("not a date: " + value.getClass());
        };
    }
}
