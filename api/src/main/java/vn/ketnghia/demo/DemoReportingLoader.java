package vn.ketnghia.demo;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ketnghia.catalog.AdminLevel;
import vn.ketnghia.reporting.Actor;
import vn.ketnghia.reporting.NarrativeItem;
import vn.ketnghia.reporting.Report;
import vn.ketnghia.reporting.ReportService;
import vn.ketnghia.reporting.ReporterKind;
import vn.ketnghia.reporting.ReportingDtos.PeriodCreateRequest;
import vn.ketnghia.reporting.ReportingPeriod;
import vn.ketnghia.reporting.ReportingPeriodService;
import vn.ketnghia.reporting.ReportingRegimeCode;
import vn.ketnghia.demo.DemoReporting.Narrative;
import vn.ketnghia.demo.DemoReporting.ReportPlan;
import vn.ketnghia.demo.DemoReporting.Round;

/**
 * Plays the demo's reporting rounds through the reporting services, so the periods, rosters,
 * versions (with their figures) and steps are exactly what real use would leave. Runs after the
 * programme data is in, in its own transaction; loads once (it looks for the 2020 annual period).
 */
@ApplicationScoped
public class DemoReportingLoader {

    @Inject
    EntityManager em;

    @Inject
    ReportingPeriodService periods;

    @Inject
    ReportService reports;

    /** Loads the rounds unless a 2020 annual period exists; returns how many reports it wrote, or -1 when it did nothing. */
    @Transactional
    @TransactionConfiguration(timeout = DemoDataLoader.DEMO_TRANSACTION_SECONDS)
    public int loadIfAbsent() {
        boolean demoLoaded = !em.createQuery("select o.id from Organization o where o.code = :code and o.createdBy = :demo", Long.class)
                .setParameter("code", DemoDataWriter.MARKER_ORGANIZATION).setParameter("demo", DemoDataWriter.DEMO_USER)
                .getResultList().isEmpty();
        boolean roundsThere = ReportingPeriod.count("regime.code = ?1 and year = ?2", ReportingRegimeCode.ANNUAL.code(), (short) 2020) > 0;
        if (!demoLoaded || roundsThere) {
            return -1;
        }
        Map<String, Long> districts = new HashMap<>();
        em.createQuery("select u.code, u.id from AdminUnit u where u.level = :level", Object[].class)
                .setParameter("level", AdminLevel.DISTRICT).getResultList()
                .forEach(row -> districts.put((String) row[0], (Long) row[1]));
        int written = 0;
        for (Round round : DemoReporting.rounds(DemoResources.read())) {
            written += play(round, districts);
        }
        return written;
    }

    private int play(Round round, Map<String, Long> districts) {
        ReportingRegimeCode regime = round.regime().equals("annual") ? ReportingRegimeCode.ANNUAL : ReportingRegimeCode.SEMI_ANNUAL;
        ReportingPeriod period = periods.create(new PeriodCreateRequest(regime, round.year(), null, round.windowStart(),
                round.windowEnd(), round.opensOn(), round.dueDate()));
        periods.open(period, Actor.system(round.openedAt()));
        long periodId = period.id;
        Map<String, Long> byKey = new HashMap<>();
        for (Report report : Report.<Report>list("period.id", periodId)) {
            byKey.put(report.reporterKind == ReporterKind.ORGANIZATION ? "organization:" + report.organization.code
                    : "district:" + report.district.code, report.id);
        }
        Actor province = new Actor(DemoReporting.PROVINCE_USER, DemoReporting.PROVINCE_NAME, null);
        for (ReportPlan plan : round.reports()) {
            Long reportId = byKey.get(plan.reporter().key());
            if (reportId == null) {
                continue;
            }
            // A small persistence context: every figures query flushes it first, and it would otherwise
            // grow with every report, version and step of the story.
            em.flush();
            em.clear();
            Report report = em.find(Report.class, reportId);
            Actor reporter = new Actor(plan.reporter().username(), plan.reporter().name(), null);
            if (plan.narrative() != null) {
                write(report, plan.narrative(), districts);
            }
            if (plan.submittedAt() != null) {
                reports.submit(report, at(reporter, plan.submittedAt()), null);
            }
            if (plan.returnedAt() != null) {
                reports.returnReport(report, at(province, plan.returnedAt()), plan.returnReason());
            }
            if (plan.resubmittedAt() != null) {
                write(report, plan.narrative().revised(), districts);
                reports.submit(report, at(reporter, plan.resubmittedAt()), "Đã bổ sung theo yêu cầu.");
            }
            if (plan.acceptedAt() != null) {
                reports.accept(report, at(province, plan.acceptedAt()), null);
            }
        }
        if (round.closed()) {
            em.flush();
            em.clear();
            periods.close(em.find(ReportingPeriod.class, periodId), at(province, round.closedAt()));
        }
        return round.reports().size();
    }

    private void write(Report report, Narrative narrative, Map<String, Long> districts) {
        reports.setNarrative(report, narrative.results(), items(narrative.difficulties(), districts),
                items(narrative.recommendations(), districts));
    }

    private static List<NarrativeItem> items(List<DemoReporting.Item> items, Map<String, Long> districts) {
        return items.stream().map(i -> new NarrativeItem(i.theme(), i.districtCode() == null ? null : districts.get(i.districtCode()),
                i.text())).toList();
    }

    private static Actor at(Actor actor, OffsetDateTime at) {
        return new Actor(actor.username(), actor.name(), at);
    }
}
