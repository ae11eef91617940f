package vn.ketnghia.reporting.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.reporting.Report;

/**
 * Loads a report only when the caller may see it: the province's roles every report, a partner
 * unit its organisation's reports, a district (user or system) its own district's report.
 */
@ApplicationScoped
class ReportsInScope {

    private static final String SELECT = "select r from Report r join fetch r.period p"
            + " left join fetch r.organization o left join fetch r.district d where r.id = :id";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    Report find(long reportId) {
        return find(reportId, LockModeType.NONE);
    }

    /**
     * Locked for the rest of the transaction, so two uploads to one report cannot both pass the
     * per-report count, and no step can lock the report between the check and the insert.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Report findForChange(long reportId) {
        return find(reportId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Report find(long reportId, LockModeType lock) {
        Scope scope = caller.scope();
        String restriction = switch (scope) {
            case Scope.All all -> "";
            case Scope.District district -> " and d.id = :party";
            case Scope.Organization organization -> " and o.id = :party";
            case Scope.Nothing nothing -> null;
        };
        if (restriction == null) {
            throw notFound(reportId);
        }
        var query = em.createQuery(SELECT + restriction, Report.class).setParameter("id", reportId);
        switch (scope) {
            case Scope.District district -> query.setParameter("party", district.districtId());
            case Scope.Organization organization -> query.setParameter("party", organization.organizationId());
            default -> {
            }
        }
        var rows = query.getResultList();
        if (rows.isEmpty()) {
            throw notFound(reportId);
        }
        Report report = rows.get(0);
        if (lock != LockModeType.NONE) {
            em.lock(report, lock);
        }
        return report;
    }

    private static ApiException notFound(long reportId) {
        return ApiException.notFound("Báo cáo / report " + reportId);
    }
}
