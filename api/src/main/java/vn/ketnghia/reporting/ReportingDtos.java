package vn.ketnghia.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.common.web.Ref;
import vn.ketnghia.reporting.attachment.AttachmentView;
import vn.ketnghia.support.SupportFigures.Line;

public final class ReportingDtos {

    static final int MAX_ITEMS = 50;
    static final int MAX_ITEM_TEXT = 4000;
    static final int MAX_RESULTS = 20000;
    static final int MAX_REASON = 2000;

    private ReportingDtos() {
    }

    @Schema(name = "ReportingRegime", description = "A reporting regime's calendar: the data window and the opening and due days of each year's report.")
    public record RegimeView(
            @Schema(examples = "semi_annual") ReportingRegimeCode code,
            @Schema(examples = "Báo cáo 6 tháng") String name,
            @Schema(description = "The window starts in the previous year when this month-day comes after the end's", examples = "12") int windowStartMonth,
            @Schema(examples = "15") int windowStartDay,
            @Schema(examples = "6") int windowEndMonth,
            @Schema(examples = "14") int windowEndDay,
            @Schema(examples = "6") int opensMonth,
            @Schema(examples = "1") int opensDay,
            @Schema(examples = "6") int dueMonth,
            @Schema(examples = "16") int dueDay,
            @Schema(description = "Send back as If-Match: \"<version>\"", examples = "0") long version) {

        static RegimeView of(ReportingRegime r) {
            return new RegimeView(r.regimeCode(), r.name, r.windowStartMonth, r.windowStartDay, r.windowEndMonth, r.windowEndDay,
                    r.opensMonth, r.opensDay, r.dueMonth, r.dueDay, r.version);
        }
    }

    @Schema(name = "ReportingRegimeUpdate", description = "A regime's calendar. Days past a month's end (31/6) count as its last day. "
            + "Changes apply to periods created afterwards; existing periods keep their dates.")
    public record RegimeUpdate(
            @NotNull @Min(1) @Max(12) Integer windowStartMonth,
            @NotNull @Min(1) @Max(31) Integer windowStartDay,
            @NotNull @Min(1) @Max(12) Integer windowEndMonth,
            @NotNull @Min(1) @Max(31) Integer windowEndDay,
            @NotNull @Min(1) @Max(12) Integer opensMonth,
            @NotNull @Min(1) @Max(31) Integer opensDay,
            @NotNull @Min(1) @Max(12) Integer dueMonth,
            @NotNull @Min(1) @Max(31) Integer dueDay) {
    }

    @Schema(name = "ReportingPeriod", description = "A reporting round: a regime in a year, its data window, opening and due dates.")
    public record ReportingPeriodView(
            @Schema(examples = "3") long id,
            @Schema(examples = "annual") ReportingRegimeCode regime,
            @Schema(examples = "Báo cáo năm") String regimeName,
            @Schema(examples = "2020") int year,
            @Schema(examples = "Báo cáo năm 2020") String name,
            @Schema(examples = "2019-12-15") LocalDate windowStart,
            @Schema(examples = "2020-12-14") LocalDate windowEnd,
            @Schema(examples = "2020-12-01") LocalDate opensOn,
            @Schema(examples = "2020-12-16") LocalDate dueDate,
            @Schema(examples = "open") ReportingPeriodStatus status,
            OffsetDateTime openedAt,
            String openedBy,
            OffsetDateTime closedAt,
            String closedBy,
            @Schema(description = "Reporters on the roster (excused ones included)", examples = "48") long reportCount,
            @Schema(description = "Reports ever submitted", examples = "31") long submittedCount,
            @Schema(description = "Send back as If-Match: \"<version>\"", examples = "1") long version) {

        static ReportingPeriodView of(ReportingPeriod p, long reportCount, long submittedCount) {
            return new ReportingPeriodView(p.id, p.regime.regimeCode(), p.regime.name, p.year, p.name, p.windowStart, p.windowEnd,
                    p.opensOn, p.dueDate, p.status, p.openedAt, p.openedBy, p.closedAt, p.closedBy, reportCount, submittedCount,
                    p.version);
        }
    }

    @Schema(name = "ReportingPeriodRequest", description = "A new period; dates left out come from the regime's calendar.")
    public record PeriodCreateRequest(
            @NotNull @Schema(examples = "annual") ReportingRegimeCode regime,
            @NotNull @Min(2000) @Max(2100) @Schema(examples = "2021") Integer year,
            @Size(max = 200) @Schema(examples = "Báo cáo năm 2021") String name,
            LocalDate windowStart,
            LocalDate windowEnd,
            LocalDate opensOn,
            LocalDate dueDate) {
    }

    @Schema(name = "ReportingPeriodUpdate", description = "The window and opening day change only while planned; the due date while planned or open.")
    public record PeriodUpdateRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate windowStart,
            @NotNull LocalDate windowEnd,
            @NotNull LocalDate opensOn,
            @NotNull LocalDate dueDate) {
    }

    @Schema(name = "ReporterRequest", description = "A reporter to add to an open period's roster: an organisation or a district, and why.")
    public record ReporterRequest(
            @Positive Long organizationId,
            @Positive Long districtId,
            @NotBlank @Size(max = MAX_REASON) @Schema(examples = "Thỏa thuận ký bổ sung tháng 11") String reason) {
    }

    @Schema(name = "ReportNarrativeItem", description = "One difficulty or recommendation.")
    public record NarrativeItemRequest(
            @NotBlank @Schema(description = "spiritual, material, production, coordination or other", examples = "production") String theme,
            @Positive @Schema(description = "The district it concerns; the reporter's own district, or one of the organisation's "
                    + "window districts. Left out: the whole programme.", examples = "12") Long districtId,
            @NotBlank @Size(max = MAX_ITEM_TEXT) String text) {
    }

    @Schema(name = "ReportNarrative", description = "The report's narrative; replaces what is there.")
    public record NarrativeRequest(
            @Size(max = MAX_RESULTS) @Schema(description = "Required (not blank) to submit") String results,
            @Size(max = MAX_ITEMS) List<@Valid @NotNull NarrativeItemRequest> difficulties,
            @Size(max = MAX_ITEMS) List<@Valid @NotNull NarrativeItemRequest> recommendations) {
    }

    @Schema(name = "ReportStepComment", description = "An optional comment on a step.")
    public record StepComment(@Size(max = MAX_ITEM_TEXT) String comment) {
    }

    @Schema(name = "ReportStepReason", description = "The reason for the step; required.")
    public record StepReason(@NotBlank @Size(max = MAX_REASON) String reason) {
    }

    @Schema(name = "ReportPeriodRef", description = "The period a report belongs to.")
    public record PeriodRef(long id, String name, int year, ReportingRegimeCode regime, LocalDate dueDate,
                            LocalDate windowStart, LocalDate windowEnd, ReportingPeriodStatus status) {

        static PeriodRef of(ReportingPeriod p) {
            return new PeriodRef(p.id, p.name, p.year, p.regime.regimeCode(), p.dueDate, p.windowStart, p.windowEnd, p.status);
        }
    }

    @Schema(name = "ReportListItem", description = "A report in a list: who, where it stands, whether it was on time.")
    public record ReportListItem(
            @Schema(examples = "120") long id,
            PeriodRef period,
            ReporterKind reporterKind,
            Ref reporter,
            ReportStatus status,
            Timeliness timeliness,
            @Schema(description = "Days past the due date of the first submission when late, of today when overdue", examples = "0") long daysLate,
            boolean excused,
            RosterSource rosterSource,
            int submissionCount,
            OffsetDateTime firstSubmittedAt,
            OffsetDateTime lastSubmittedAt,
            OffsetDateTime acceptedAt,
            String returnReason,
            OffsetDateTime updatedAt) {

        static ReportListItem of(Report r, LocalDate today) {
            return new ReportListItem(r.id, PeriodRef.of(r.period), r.reporterKind, reporterRef(r), r.status,
                    Timeliness.of(r, today), Timeliness.daysLate(r.excused, r.firstSubmittedAt, r.period.dueDate, today), r.excused,
                    r.rosterSource, r.submissionCount, r.firstSubmittedAt, r.lastSubmittedAt, r.acceptedAt, r.returnReason, r.updatedAt);
        }
    }

    static Ref reporterRef(Report r) {
        return r.reporterKind == ReporterKind.ORGANIZATION
                ? new Ref(r.organization.id, r.organization.code, r.organization.name)
                : new Ref(r.district.id, r.district.code, r.district.name);
    }

    @Schema(name = "ReportNarrativeItemView")
    public record NarrativeItemView(String theme, Long districtId, String districtName, String text) {
    }

    @Schema(name = "ReportVersionSummary", description = "One submission.")
    public record VersionSummary(int number, OffsetDateTime submittedAt, String submittedBy, String submittedByName) {
    }

    @Schema(name = "ReportStep", description = "One step of the report's life.")
    public record StepView(ReportAction action, ReportStatus fromStatus, ReportStatus toStatus, Integer versionNumber,
                           String comment, String actor, String actorName, OffsetDateTime at) {

        static StepView of(ReportStep s) {
            return new StepView(s.action, s.fromStatus, s.toStatus, s.versionNumber, s.comment, s.actor, s.actorName, s.at);
        }
    }

    @Schema(name = "PlanVsActual", description = "An annual programme of the period's year under one of the reporter's agreements, "
            + "against the support recorded on its items.")
    public record PlanVsActual(long agreementId, String partnerName, String recipientName, long planId, String planStatus,
                               long plannedVnd, long actualVnd) {
    }

    @Schema(name = "ReportFigures", description = "Support recorded in the period's window for the reporter. Every line's `filter` lists "
            + "exactly its records through GET /api/v1/support-records.")
    public record ReportFigures(
            LocalDate from,
            LocalDate to,
            @Schema(description = "True while computed live (draft, returned); false when read from the latest submission") boolean live,
            Line total,
            List<Line> byArea,
            List<Line> byCategory,
            List<Line> byCommune,
            List<Line> byDistrict,
            List<Line> byForm,
            List<Line> byFundingSource,
            List<Line> byOrganization,
            List<PlanVsActual> planVsActual) {

        ReportFigures frozen() {
            return new ReportFigures(from, to, false, total, byArea, byCategory, byCommune, byDistrict, byForm, byFundingSource,
                    byOrganization, planVsActual);
        }
    }

    @Schema(name = "Report", description = "A report with its narrative, figures, submissions, steps, attachments and what you may do with it now.")
    public record ReportView(
            long id,
            PeriodRef period,
            ReporterKind reporterKind,
            Ref reporter,
            ReportStatus status,
            Timeliness timeliness,
            long daysLate,
            boolean excused,
            RosterSource rosterSource,
            int submissionCount,
            OffsetDateTime firstSubmittedAt,
            OffsetDateTime lastSubmittedAt,
            OffsetDateTime acceptedAt,
            String returnReason,
            OffsetDateTime updatedAt,
            String results,
            List<NarrativeItemView> difficulties,
            List<NarrativeItemView> recommendations,
            String addedReason,
            String excuseReason,
            ReportFigures figures,
            List<VersionSummary> versions,
            List<StepView> steps,
            List<AttachmentView> attachments,
            @Schema(description = "What you may do now: edit, submit, return, accept, excuse, reinstate, attach") List<String> actions,
            @Schema(description = "Send back as If-Match: \"<version>\"") long version) {
    }

    @Schema(name = "ReportVersion", description = "A submission: the figures and narrative exactly as submitted.")
    public record VersionView(int number, OffsetDateTime submittedAt, String submittedBy, String submittedByName, JsonNode content) {
    }

    @Schema(name = "ReportChange", description = "One value that differs between two submissions; `path` names it, e.g. "
            + "`difficulties[2].text` or `figures.byArea.material.valueVnd`.")
    public record Change(String path, JsonNode before, JsonNode after) {
    }

    @Schema(name = "ReportChanges", description = "What differs between two submissions.")
    public record ChangesView(int fromVersion, int toVersion, List<Change> changes) {
    }

    @Schema(name = "CompletenessCounts", description = "How many reporters are expected (excused ones not) and how they stand.")
    public record Counts(long expected, long submitted, long onTime, long late, long overdue, long pending, long returned,
                         long accepted, long excused,
                         @Schema(description = "submitted / expected in percent, one decimal; 0 when nothing is expected", examples = "87.5")
                         double submittedRate) {
    }

    @Schema(name = "CompletenessGroup")
    public record Group(String key, String label, Counts counts) {
    }

    @Schema(name = "CompletenessRow", description = "One reporter of the period and how its report stands.")
    public record CompletenessRow(long reportId, ReporterKind reporterKind, long reporterId, String reporterName,
                                  String organizationKind, ReportStatus status, Timeliness timeliness, long daysLate,
                                  boolean excused, String excuseReason, RosterSource rosterSource,
                                  OffsetDateTime firstSubmittedAt, OffsetDateTime lastSubmittedAt, OffsetDateTime acceptedAt) {
    }

    @Schema(name = "Completeness", description = "Who has reported for a period, as of a day; rows worst first.")
    public record CompletenessView(ReportingPeriodView period, LocalDate asOf, Counts totals, List<Group> byReporterKind,
                                   List<Group> byDistrict, List<Group> byOrganizationKind, List<CompletenessRow> reporters) {
    }
}
