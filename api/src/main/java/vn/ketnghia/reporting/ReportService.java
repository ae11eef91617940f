package vn.ketnghia.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.common.error.ApiException;
import vn.ketnghia.common.error.FieldError;
import vn.ketnghia.common.error.ProblemType;
import vn.ketnghia.common.paging.Page;
import vn.ketnghia.common.paging.PageQuery;
import vn.ketnghia.common.paging.QueryBuilder;
import vn.ketnghia.common.paging.Sort;
import vn.ketnghia.common.persistence.Coded;
import vn.ketnghia.common.security.Caller;
import vn.ketnghia.common.security.Roles;
import vn.ketnghia.common.security.Scope;
import vn.ketnghia.common.text.Texts;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.common.web.IfMatch;
import vn.ketnghia.reporting.attachment.ReportAttachments;
import vn.ketnghia.reporting.ReportingDtos.ChangesView;
import vn.ketnghia.reporting.ReportingDtos.NarrativeItemRequest;
import vn.ketnghia.reporting.ReportingDtos.NarrativeItemView;
import vn.ketnghia.reporting.ReportingDtos.NarrativeRequest;
import vn.ketnghia.reporting.ReportingDtos.ReportFigures;
import vn.ketnghia.reporting.ReportingDtos.ReportListItem;
import vn.ketnghia.reporting.ReportingDtos.ReportView;
import vn.ketnghia.reporting.ReportingDtos.StepView;
import vn.ketnghia.reporting.ReportingDtos.VersionSummary;
import vn.ketnghia.reporting.ReportingDtos.VersionView;

/**
 * The report workflow: the reporter edits and submits, the province returns or accepts, excuses or
 * reinstates. Every step writes a {@link ReportStep} and fires a {@link ReportStepEvent}; every
 * submission writes a {@link ReportVersion} with the figures as they stood.
 */
@ApplicationScoped
public class ReportService {

    static final String SELECT = "select r from Report r join fetch r.period p join fetch p.regime g"
            + " left join fetch r.organization o left join fetch r.district d";
    private static final String COUNT = "select count(r) from Report r join r.period p join p.regime g"
            + " left join r.organization o left join r.district d";
    private static final Map<String, String> SORTS = Map.of("dueDate", "p.dueDate", "reporterName", "coalesce(o.name, d.name)",
            "status", "r.status", "lastSubmittedAt", "r.lastSubmittedAt", "updatedAt", "r.updatedAt");
    /** Organisations of the period's window agreements in a district; such reports concern that district too. */
    private static final String IN_DISTRICT = "(d.id = :district or o.id in (select a.organization.id from Agreement a"
            + " where a.district.id = :district and a.status <> :proposed"
            + " and a.startDate <= p.windowEnd and (a.endDate is null or a.endDate >= p.windowStart)))";

    @Inject
    ReportAttachments attachments;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    ReportFiguresService figures;

    @Inject
    Event<ReportStepEvent> stepTaken;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ReportListItem> list(ReportFilter filter, PageQuery paging) {
        LocalDate today = ProgrammeDate.today();
        ReportStatus status = Coded.parse(ReportStatus.class, "status", filter.status);
        ReporterKind kind = Coded.parse(ReporterKind.class, "reporterKind", filter.reporterKind);
        Timeliness timeliness = Coded.parse(Timeliness.class, "timeliness", filter.timeliness);
        QueryBuilder query = restrict(new QueryBuilder(), caller.scope())
                .and("p.id = :p", filter.periodId)
                .and("r.status = :p", status)
                .and("r.reporterKind = :p", kind)
                .and("o.id = :p", filter.organizationId)
                .matches(filter.q, "o.nameSearch", "d.nameSearch");
        if (filter.districtId != null) {
            query.andAll(IN_DISTRICT, Map.of("district", filter.districtId, "proposed", AgreementStatus.PROPOSED));
        }
        if (timeliness != null) {
            timeliness(query, timeliness, today);
        }
        String order = Sort.orderBy(paging.sort, SORTS, "p.dueDate desc, coalesce(o.name, d.name)", "r.id");
        return query.page(em, COUNT, SELECT, order, Report.class, paging).map(r -> ReportListItem.of(r, today));
    }

    private static void timeliness(QueryBuilder query, Timeliness timeliness, LocalDate today) {
        switch (timeliness) {
            case EXCUSED -> query.and("r.excused = true");
            case PENDING -> query.and("r.excused = false and r.firstSubmittedAt is null and p.dueDate >= :p", today);
            case OVERDUE -> query.and("r.excused = false and r.firstSubmittedAt is null and p.dueDate < :p", today);
            case ON_TIME -> query.and("r.excused = false and r.firstSubmittedOn <= p.dueDate");
            case LATE -> query.and("r.excused = false and r.firstSubmittedOn > p.dueDate");
        }
    }

    /** A unit sees its organisation's reports, a district its own report; out of scope is missing. */
    static QueryBuilder restrict(QueryBuilder query, Scope scope) {
        return switch (scope) {
            case Scope.All all -> query;
            case Scope.District district -> query.and("d.id = :p", district.districtId());
            case Scope.Organization organization -> query.and("o.id = :p", organization.organizationId());
            case Scope.Nothing nothing -> query.and("1 = 0");
        };
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Report findInScope(long id) {
        QueryBuilder query = restrict(new QueryBuilder(), caller.scope()).and("r.id = :p", id);
        List<Report> rows = query.query(em, SELECT + query.where(), Report.class).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Báo cáo / report " + id);
        }
        return rows.getFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReportView view(Report report) {
        LocalDate today = ProgrammeDate.today();
        List<ReportVersion> versions = ReportVersion.list("key.reportId = ?1 order by key.number", report.id);
        ReportFigures shown = report.status == ReportStatus.SUBMITTED || report.status == ReportStatus.ACCEPTED
                ? frozenFigures(versions.getLast())
                : figures.live(report);
        Map<Long, String> districtNames = districtNames(report);
        List<StepView> steps = ReportStep.<ReportStep>list("reportId = ?1 order by id", report.id).stream().map(StepView::of).toList();
        ReportListItem item = ReportListItem.of(report, today);
        return new ReportView(item.id(), item.period(), item.reporterKind(), item.reporter(), item.status(), item.timeliness(),
                item.daysLate(), item.excused(), item.rosterSource(), item.submissionCount(), item.firstSubmittedAt(),
                item.lastSubmittedAt(), item.acceptedAt(), item.returnReason(), item.updatedAt(), report.results,
                narrativeViews(report.difficulties, districtNames), narrativeViews(report.recommendations, districtNames),
                report.addedReason, report.excuseReason, shown,
                versions.stream().map(v -> new VersionSummary(v.key.number(), v.submittedAt, v.submittedBy, v.submittedByName)).toList(),
                steps, attachments.viewsOf(report.id), actions(report), report.version);
    }

    private ReportFigures frozenFigures(ReportVersion version) {
        try {
            return json.treeToValue(version.content.get("figures"), ReportFigures.class).frozen();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report version " + version.key + " holds unreadable figures", e);
        }
    }

    private Map<Long, String> districtNames(Report report) {
        Set<Long> ids = new HashSet<>();
        report.difficulties.forEach(i -> addIfPresent(ids, i.districtId()));
        report.recommendations.forEach(i -> addIfPresent(ids, i.districtId()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select u.id, u.name from AdminUnit u where u.id in :ids", Object[].class).setParameter("ids", ids)
                .getResultList().forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private static void addIfPresent(Set<Long> ids, Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static List<NarrativeItemView> narrativeViews(List<NarrativeItem> items, Map<Long, String> districtNames) {
        return items.stream().map(i -> new NarrativeItemView(i.theme(), i.districtId(),
                i.districtId() == null ? null : districtNames.get(i.districtId()), i.text())).toList();
    }

    /** What this caller may do with the report now; the endpoints enforce the same rules. */
    private List<String> actions(Report report) {
        List<String> actions = new ArrayList<>();
        boolean open = report.period.status == ReportingPeriodStatus.OPEN;
        if (isReporter(report) && open && report.editable() && !report.excused) {
            actions.addAll(List.of("edit", "submit", "attach"));
        }
        if (caller.has(Roles.PROVINCE)) {
            if (report.status == ReportStatus.SUBMITTED && open) {
                actions.add("return");
            }
            if (report.status == ReportStatus.SUBMITTED && report.period.status != ReportingPeriodStatus.PLANNED) {
                actions.add("accept");
            }
            if (open && !report.excused && report.editable()) {
                actions.add("excuse");
            }
            if (open && report.excused) {
                actions.add("reinstate");
            }
        }
        return actions;
    }

    /** Only the reporter's own users act for it: unit users for their organisation, district users and systems for their district. */
    private boolean isReporter(Report report) {
        return switch (caller.scope()) {
            case Scope.Organization o -> caller.has(Roles.UNIT) && report.organization != null && report.organization.id == o.organizationId();
            case Scope.District d -> caller.hasAny(Roles.DISTRICT, Roles.INTEGRATION) && report.district != null
                    && report.district.id == d.districtId();
            default -> false;
        };
    }

    private Report reporterReport(long id, String ifMatch) {
        Report report = findInScope(id);
        if (!isReporter(report)) {
            throw ApiException.forbidden("Chỉ đơn vị báo cáo được sửa và gửi báo cáo của mình / only the reporter edits and submits its report");
        }
        IfMatch.check(ifMatch, report.version);
        return report;
    }

    private static void requireEditable(Report report) {
        if (report.period.status != ReportingPeriodStatus.OPEN) {
            throw ApiException.invalidState("Kỳ báo cáo không mở / the reporting period is not open");
        }
        if (report.excused) {
            throw ApiException.invalidState("Đơn vị đã được miễn báo cáo kỳ này / the reporter is excused for this period");
        }
        if (!report.editable()) {
            throw ApiException.invalidState("Báo cáo đã gửi hoặc đã được chấp nhận nên không sửa được / the report is "
                    + report.status.code() + " and cannot be changed");
        }
    }

    @Transactional
    public Report updateNarrative(long id, String ifMatch, NarrativeRequest request) {
        Report report = reporterReport(id, ifMatch);
        requireEditable(report);
        List<NarrativeItem> difficulties = items(request.difficulties());
        List<NarrativeItem> recommendations = items(request.recommendations());
        validate(report, difficulties, recommendations);
        setNarrative(report, request.results(), difficulties, recommendations);
        return report;
    }

    /** Stores the narrative without the request's checks; the demo loader writes its stories through it. */
    public void setNarrative(Report report, String results, List<NarrativeItem> difficulties, List<NarrativeItem> recommendations) {
        report.results = Texts.blankToNull(results);
        report.difficulties = new ArrayList<>(difficulties);
        report.recommendations = new ArrayList<>(recommendations);
        report.touch();
        em.flush();
    }

    private static List<NarrativeItem> items(List<NarrativeItemRequest> requests) {
        return requests == null ? List.of()
                : requests.stream().map(r -> new NarrativeItem(r.theme().trim(), r.districtId(), r.text().trim())).toList();
    }

    private void validate(Report report, List<NarrativeItem> difficulties, List<NarrativeItem> recommendations) {
        Set<Long> districts = reporterDistricts(report);
        List<FieldError> errors = new ArrayList<>();
        check("/difficulties", difficulties, districts, errors);
        check("/recommendations", recommendations, districts, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(ProblemType.VALIDATION_FAILED, errors.getFirst().pointer().substring(1) + ": "
                    + errors.getFirst().message(), errors);
        }
    }

    private static void check(String pointer, List<NarrativeItem> items, Set<Long> districts, List<FieldError> errors) {
        for (int i = 0; i < items.size(); i++) {
            NarrativeItem item = items.get(i);
            if (!NarrativeItem.THEMES.contains(item.theme())) {
                errors.add(FieldError.body(pointer + "/" + i + "/theme", "chủ đề không hợp lệ; cho phép / allowed: "
                        + String.join(", ", NarrativeItem.THEMES)));
            }
            if (item.districtId() != null && !districts.contains(item.districtId())) {
                errors.add(FieldError.body(pointer + "/" + i + "/districtId", "không phải huyện của đơn vị báo cáo trong kỳ"
                        + " / not a district of this reporter in the period"));
            }
        }
    }

    /** A district reports about itself; an organisation about the districts of its agreements in the window. */
    private Set<Long> reporterDistricts(Report report) {
        if (report.reporterKind == ReporterKind.DISTRICT) {
            return Set.of(report.district.id);
        }
        return new HashSet<>(em.createQuery("select distinct a.district.id from Agreement a where a.organization.id = :organization"
                        + " and a.status <> :proposed and a.startDate <= :windowEnd and (a.endDate is null or a.endDate >= :windowStart)",
                        Long.class)
                .setParameter("organization", report.organization.id).setParameter("proposed", AgreementStatus.PROPOSED)
                .setParameter("windowStart", report.period.windowStart).setParameter("windowEnd", report.period.windowEnd)
                .getResultList());
    }

    @Transactional
    public Report submit(long id, String ifMatch, String comment) {
        Report report = reporterReport(id, ifMatch);
        submit(report, Actor.of(caller), comment);
        return report;
    }

    /** Freezes the figures and narrative into a new version; the demo loader submits through here too. */
    public void submit(Report report, Actor actor, String comment) {
        requireEditable(report);
        if (report.results == null || report.results.isBlank()) {
            throw ApiException.invalidState("Cần nhập kết quả thực hiện trước khi gửi / fill in the results before submitting");
        }
        ObjectNode content = json.createObjectNode();
        content.set("figures", json.valueToTree(figures.live(report)));
        content.put("results", report.results);
        content.set("difficulties", json.valueToTree(report.difficulties));
        content.set("recommendations", json.valueToTree(report.recommendations));
        ReportVersion version = new ReportVersion();
        version.key = new ReportVersion.Key(report.id, report.submissionCount + 1);
        version.submittedAt = actor.at();
        version.submittedBy = actor.username();
        version.submittedByName = actor.name();
        version.content = content;
        version.persist();
        ReportStatus from = report.status;
        report.status = ReportStatus.SUBMITTED;
        report.submissionCount = version.key.number();
        if (report.firstSubmittedAt == null) {
            report.firstSubmittedAt = actor.at();
        }
        report.lastSubmittedAt = actor.at();
        report.returnReason = null;
        report.returnedAt = null;
        step(report, ReportAction.SUBMITTED, from, version.key.number(), Texts.blankToNull(comment), actor);
    }

    @Transactional
    public Report returnReport(long id, String ifMatch, String reason) {
        Report report = provinceReport(id, ifMatch);
        returnReport(report, Actor.of(caller), reason);
        return report;
    }

    public void returnReport(Report report, Actor actor, String reason) {
        if (report.status != ReportStatus.SUBMITTED || report.period.status != ReportingPeriodStatus.OPEN) {
            throw ApiException.invalidState("Chỉ trả lại báo cáo đã gửi trong kỳ đang mở / only a submitted report of an open period can be returned");
        }
        report.status = ReportStatus.RETURNED;
        report.returnedAt = actor.at();
        report.returnReason = reason.trim();
        step(report, ReportAction.RETURNED, ReportStatus.SUBMITTED, report.submissionCount, report.returnReason, actor);
    }

    @Transactional
    public Report accept(long id, String ifMatch, String comment) {
        Report report = provinceReport(id, ifMatch);
        accept(report, Actor.of(caller), comment);
        return report;
    }

    public void accept(Report report, Actor actor, String comment) {
        if (report.status != ReportStatus.SUBMITTED) {
            throw ApiException.invalidState("Chỉ chấp nhận báo cáo đã gửi / only a submitted report can be accepted");
        }
        report.status = ReportStatus.ACCEPTED;
        report.acceptedAt = actor.at();
        report.acceptedBy = actor.username();
        step(report, ReportAction.ACCEPTED, ReportStatus.SUBMITTED, report.submissionCount, Texts.blankToNull(comment), actor);
    }

    @Transactional
    public Report excuse(long id, String ifMatch, String reason) {
        Report report = provinceReport(id, ifMatch);
        excuse(report, Actor.of(caller), reason);
        return report;
    }

    public void excuse(Report report, Actor actor, String reason) {
        if (report.period.status != ReportingPeriodStatus.OPEN || report.excused || !report.editable()) {
            throw ApiException.invalidState("Chỉ miễn báo cáo chưa gửi, chưa được miễn, trong kỳ đang mở"
                    + " / only an unsubmitted, not yet excused report of an open period can be excused");
        }
        report.excused = true;
        report.excuseReason = reason.trim();
        report.excusedAt = actor.at();
        report.excusedBy = actor.username();
        step(report, ReportAction.EXCUSED, report.status, null, report.excuseReason, actor);
    }

    @Transactional
    public Report reinstate(long id, String ifMatch, String comment) {
        Report report = provinceReport(id, ifMatch);
        if (report.period.status != ReportingPeriodStatus.OPEN || !report.excused) {
            throw ApiException.invalidState("Chỉ khôi phục báo cáo đã được miễn trong kỳ đang mở / only an excused report of an open period can be reinstated");
        }
        report.excused = false;
        report.excuseReason = null;
        report.excusedAt = null;
        report.excusedBy = null;
        step(report, ReportAction.REINSTATED, report.status, null, Texts.blankToNull(comment), Actor.of(caller));
        return report;
    }

    private Report provinceReport(long id, String ifMatch) {
        Report report = findInScope(id);
        IfMatch.check(ifMatch, report.version);
        return report;
    }

    private void step(Report report, ReportAction action, ReportStatus from, Integer versionNumber, String comment, Actor actor) {
        report.touch();
        ReportSteps.record(report, action, from, report.status, versionNumber, comment, actor);
        em.flush();
        stepTaken.fire(new ReportStepEvent(report.id, action, comment));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionView version(long id, int number) {
        Report report = findInScope(id);
        ReportVersion version = versionOf(report, number, "number");
        return new VersionView(number, version.submittedAt, version.submittedBy, version.submittedByName, version.content);
    }

    private ReportVersion versionOf(Report report, int number, String parameter) {
        ReportVersion version = em.find(ReportVersion.class, new ReportVersion.Key(report.id, number));
        if (version == null) {
            throw ApiException.notFound("Lần gửi / submission " + number + " (" + parameter + ") của báo cáo / of report " + report.id);
        }
        return version;
    }

    /** Defaults: the previous submission against the latest; version 0 stands for "nothing yet", so a first submission shows everything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ChangesView changes(long id, Integer from, Integer to) {
        Report report = findInScope(id);
        int toVersion = to != null ? to : report.submissionCount;
        if (toVersion < 1) {
            throw ApiException.notFound("Lần gửi nào / any submission of report " + id);
        }
        int fromVersion = from != null ? from : toVersion - 1;
        if (fromVersion < 0) {
            throw ApiException.invalidParameter("from", "phải ≥ 0 / must be at least 0");
        }
        JsonNode after = versionOf(report, toVersion, "to").content;
        JsonNode before = fromVersion == 0 ? json.createObjectNode() : versionOf(report, fromVersion, "from").content;
        return new ChangesView(fromVersion, toVersion, ReportChanges.between(before, after));
    }
}
