package vn.ketnghia.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ketnghia.catalog.AdminLevel;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.Organization;
import vn.ketnghia.catalog.OrganizationKind;
import vn.ketnghia.common.text.SearchText;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportStatus;
import vn.ketnghia.reporting.ReporterKind;
import vn.ketnghia.reporting.ReportingPeriod;
import vn.ketnghia.reporting.ReportingPeriodStatus;
import vn.ketnghia.reporting.ReportingRegime;
import vn.ketnghia.reporting.RosterSource;

/**
 * Writes reporting rows straight through the entities, so these tests do not depend on the period
 * and report endpoints of another part of the code, and can put reports in any state and date.
 */
@ApplicationScoped
public class ReportingRows {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    EntityManager em;

    /** An annual period of {@code year} whose due date is {@code due}; open periods are stamped as opened. */
    @Transactional
    public long period(int year, String regime, LocalDate due, ReportingPeriodStatus status) {
        ReportingPeriod period = new ReportingPeriod();
        period.regime = em.getReference(ReportingRegime.class, regime);
        period.year = (short) year;
        period.name = ("annual".equals(regime) ? "Báo cáo năm " : "Báo cáo 6 tháng đầu năm ") + year;
        period.windowStart = LocalDate.of(year - 1, 12, 15);
        period.windowEnd = "annual".equals(regime) ? LocalDate.of(year, 12, 14) : LocalDate.of(year, 6, 14);
        period.opensOn = due.minusDays(20);
        period.dueDate = due;
        period.status = status;
        if (status != ReportingPeriodStatus.PLANNED) {
            period.openedAt = OffsetDateTime.now(ZoneOffset.UTC);
            period.openedBy = "bdt";
        }
        if (status == ReportingPeriodStatus.CLOSED) {
            period.closedAt = OffsetDateTime.now(ZoneOffset.UTC);
            period.closedBy = "bdt";
        }
        period.persist();
        return period.id;
    }

    @Transactional
    public void setPeriodStatus(long periodId, ReportingPeriodStatus status) {
        ReportingPeriod period = em.find(ReportingPeriod.class, periodId);
        period.status = status;
        period.closedAt = status == ReportingPeriodStatus.CLOSED ? OffsetDateTime.now(ZoneOffset.UTC) : null;
        period.closedBy = status == ReportingPeriodStatus.CLOSED ? "bdt" : null;
    }

    /** A partner organisation of its own, so notices to it come from this test only. */
    @Transactional
    public long organization(String name, String email, String officerEmail) {
        Organization organization = new Organization();
        organization.code = "TN" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 1_000_000);
        organization.rename(name);
        organization.kind = OrganizationKind.DEPARTMENT;
        organization.email = email;
        organization.officerEmail = officerEmail;
        organization.persist();
        return organization.id;
    }

    /** A district of its own under the demo data's province. */
    @Transactional
    public long district(String name, String email) {
        AdminUnit province = em.createQuery("select u from AdminUnit u where u.level = :level", AdminUnit.class)
                .setParameter("level", AdminLevel.PROVINCE).setMaxResults(1).getSingleResult();
        AdminUnit district = new AdminUnit();
        district.parent = province;
        district.level = AdminLevel.DISTRICT;
        district.code = "TD" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
        district.name = name;
        district.nameSearch = SearchText.fold(name + " " + district.code);
        district.kind = "district";
        district.email = email;
        district.persist();
        return district.id;
    }

    @Transactional
    public long organizationId(String code) {
        return em.createQuery("select o.id from Organization o where o.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
    }

    @Transactional
    public long districtId(String code) {
        return em.createQuery("select u.id from AdminUnit u where u.code = :code and u.level = :level", Long.class)
                .setParameter("code", code).setParameter("level", AdminLevel.DISTRICT).getSingleResult();
    }

    @Transactional
    public long organizationReport(long periodId, long organizationId, ReportStatus status) {
        Report report = newReport(periodId, ReporterKind.ORGANIZATION);
        report.organization = em.find(Organization.class, organizationId);
        return save(report, status);
    }

    @Transactional
    public long districtReport(long periodId, long districtId, ReportStatus status) {
        Report report = newReport(periodId, ReporterKind.DISTRICT);
        report.district = em.find(AdminUnit.class, districtId);
        return save(report, status);
    }

    @Transactional
    public void setReportStatus(long reportId, ReportStatus status) {
        stamp(em.find(Report.class, reportId), status);
    }

    @Transactional
    public void excuse(long reportId) {
        Report report = em.find(Report.class, reportId);
        report.excused = true;
        report.excuseReason = "Đơn vị đã sáp nhập";
        report.excusedAt = OffsetDateTime.now(ZoneOffset.UTC);
        report.excusedBy = "bdt";
    }

    @Transactional
    public List<Notification> notificationsFor(Party party) {
        String where = switch (party.kind()) {
            case PROVINCE -> "n.recipientKind = :kind";
            case ORGANIZATION -> "n.organizationId = :id";
            case DISTRICT -> "n.districtId = :id";
        };
        var query = em.createQuery("select n from Notification n where " + where + " order by n.id", Notification.class);
        if (party.kind() == RecipientKind.PROVINCE) {
            query.setParameter("kind", RecipientKind.PROVINCE);
        } else {
            query.setParameter("id", party.kind() == RecipientKind.ORGANIZATION ? party.organizationId() : party.districtId());
        }
        return query.getResultList();
    }

    @Transactional
    public Notification notificationByKey(String dedupKey) {
        return em.createQuery("select n from Notification n where n.dedupKey = :key", Notification.class)
                .setParameter("key", dedupKey).getResultStream().findFirst().orElse(null);
    }

    /** Actions of the report's history entries, oldest first, as "action:note". */
    @Transactional
    public List<String> historyOf(long reportId) {
        return em.createQuery("select e.action || ':' || coalesce(e.note, '') from ChangeLogEntry e"
                        + " where e.entityType = 'report' and e.entityId = :id order by e.id", String.class)
                .setParameter("id", reportId).getResultList();
    }

    @Transactional
    public long attachmentCount(long reportId) {
        return em.createQuery("select count(a) from ReportAttachment a where a.reportId = :id", Long.class)
                .setParameter("id", reportId).getSingleResult();
    }

    @Transactional
    public long reportVersion(long reportId) {
        return em.find(Report.class, reportId).version;
    }

    private Report newReport(long periodId, ReporterKind kind) {
        Report report = new Report();
        report.period = em.find(ReportingPeriod.class, periodId);
        report.reporterKind = kind;
        report.rosterSource = RosterSource.FROZEN;
        return report;
    }

    private long save(Report report, ReportStatus status) {
        stamp(report, status);
        report.persist();
        return report.id;
    }

    private static void stamp(Report report, ReportStatus status) {
        report.status = status;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (status != ReportStatus.DRAFT && report.firstSubmittedAt == null) {
            report.firstSubmittedAt = now;
            report.lastSubmittedAt = now;
            report.submissionCount = 1;
        }
        if (status == ReportStatus.RETURNED) {
            report.returnedAt = now;
            report.returnReason = "Thiếu số liệu hỗ trợ bằng tiền";
        }
        if (status == ReportStatus.ACCEPTED) {
            report.acceptedAt = now;
            report.acceptedBy = "bdt";
        } else {
            report.acceptedAt = null;
            report.acceptedBy = null;
        }
    }
}
