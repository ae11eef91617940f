package vn.ketnghia.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import vn.ketnghia.reporting.ReportingDtos.PlanVsActual;
import vn.ketnghia.reporting.ReportingDtos.ReportFigures;
import vn.ketnghia.support.SupportFigures;
import vn.ketnghia.support.SupportFigures.Figures;
import vn.ketnghia.support.SupportFigures.Window;

/** A report's figures as they stand now: support in the period's window for the reporter, and its annual programmes against actual. */
@ApplicationScoped
public class ReportFiguresService {

    /**
     * The annual programmes of the period's year under the reporter's agreements, planned against
     * the support linked to their items. Native SQL: plans and records belong to other features.
     */
    private static final String PLAN_VS_ACTUAL = "select a.id, o.name, r.name, p.id, p.status,"
            + " coalesce((select sum(i.planned_vnd) from plan_item i where i.plan_id = p.id), 0),"
            + " coalesce((select sum(s.value_vnd) from support_record s join plan_item i on i.id = s.plan_item_id where i.plan_id = p.id), 0)"
            + " from plan p join agreement a on a.id = p.agreement_id"
            + " join organization o on o.id = a.organization_id join admin_unit r on r.id = a.recipient_id"
            + " where p.kind = 'annual' and p.year = :year"
            + " and (cast(:organizationId as bigint) is null or a.organization_id = :organizationId)"
            + " and (cast(:districtId as bigint) is null or a.district_id = :districtId)"
            + " order by o.name, r.name, a.id, p.id";

    @Inject
    EntityManager em;

    @Inject
    SupportFigures supportFigures;

    public ReportFigures live(Report report) {
        ReportingPeriod period = report.period;
        Long organizationId = report.organization == null ? null : report.organization.id;
        Long districtId = report.district == null ? null : report.district.id;
        Figures figures = supportFigures.of(new Window(period.windowStart, period.windowEnd, organizationId, districtId));
        return new ReportFigures(period.windowStart, period.windowEnd, true, figures.total(), figures.byArea(), figures.byCategory(),
                figures.byCommune(), figures.byDistrict(), figures.byForm(), figures.byFundingSource(), figures.byOrganization(),
                planVsActual(period.year, organizationId, districtId));
    }

    private List<PlanVsActual> planVsActual(int year, Long organizationId, Long districtId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PLAN_VS_ACTUAL)
                .setParameter("year", year)
                .setParameter("organizationId", organizationId)
                .setParameter("districtId", districtId)
                .getResultList();
        List<PlanVsActual> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lines.add(new PlanVsActual(((Number) row[0]).longValue(), (String) row[1], (String) row[2], ((Number) row[3]).longValue(),
                    (String) row[4], ((Number) row[5]).longValue(), ((Number) row[6]).longValue()));
        }
        return lines;
    }
}
