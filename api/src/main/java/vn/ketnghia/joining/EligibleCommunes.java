package vn.ketnghia.joining;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.catalog.AdminLevel;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Period;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.web.Ref;
import vn.ketnghia.joining.JoiningDtos.EligibleCommune;

/** The communes an organisation may propose in a period: those flagged especially difficult, with their partner counts. */
@ApplicationScoped
public class EligibleCommunes {

    @Inject
    EntityManager em;

    /** Every especially-difficult, not abolished commune of the period, by district then name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EligibleCommune> of(long periodId) {
        if (Period.findById(periodId) == null) {
            throw ApiException.notFound("Giai đoạn / period " + periodId);
        }
        return em.createQuery("select u.id, u.code, u.name, u.kind, d.id, d.code, d.name, f.border,"
                        + " (select count(a) from Agreement a where a.recipient.id = u.id and a.period.id = :period and a.status = :active),"
                        + " (select count(a) from Agreement a where a.recipient.id = u.id and a.period.id = :period and a.status = :proposed)"
                        + " from AdminUnitFlag f join f.adminUnit u join u.parent d"
                        + " where f.period.id = :period and f.especiallyDifficult = true and u.level = :commune and u.abolishedOn is null"
                        + " order by d.name, d.id, u.name, u.id", Object[].class)
                .setParameter("period", periodId).setParameter("commune", AdminLevel.COMMUNE)
                .setParameter("active", AgreementStatus.ACTIVE).setParameter("proposed", AgreementStatus.PROPOSED)
                .getResultList().stream()
                .map(r -> new EligibleCommune((Long) r[0], (String) r[1], (String) r[2], AdminUnit.kindLabel((String) r[3]),
                        new Ref((Long) r[4], (String) r[5], (String) r[6]), (Boolean) r[7], (Long) r[8], (Long) r[9]))
                .toList();
    }

    /** Those of {@link #of} that still have no active partner: the communes an invitation letter lists. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EligibleCommune> uncovered(long periodId) {
        return of(periodId).stream().filter(c -> c.activePartners() == 0).toList();
    }
}
