package vn.ketnghia.coverage;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.common.web.Ref;

/** Responses of the coverage endpoints. Every figure is computed for one programme period and one day ({@code asOf}). */
public final class CoverageDtos {

    private CoverageDtos() {
    }

    @Schema(name = "CoverageView", description = "The coverage headline of a programme period in your scope, as of a day")
    public record CoverageView(
            @Schema(description = "The programme period the figures are for") Ref period,
            @Schema(description = "The day the figures are computed for", examples = "2019-06-30") LocalDate asOf,
            @Schema(description = "Months without support after which an active agreement counts as inactive", examples = "6")
            int inactiveMonths,
            @Schema(description = "The year whose annual programme is checked: the year of asOf, kept within the period's years",
                    examples = "2019") int planYear,
            CommuneCounts communes,
            @Schema(description = "Partner organisations; only for province, province-viewer and admin (null otherwise)",
                    nullable = true) OrganizationCounts organizations,
            AgreementCounts agreements,
            @Schema(description = "Districts with at least one especially-difficult commune in the period, by name")
            List<DistrictCoverage> districts) {
    }

    @Schema(name = "CoverageCommuneCounts")
    public record CommuneCounts(
            @Schema(description = "Especially-difficult communes in the period", examples = "66") long especiallyDifficult,
            @Schema(description = "... with at least one active commune-level agreement", examples = "33") long withPartner,
            @Schema(description = "... with no active commune-level agreement", examples = "33") long withoutPartner,
            @Schema(description = "Of those without a partner, the ones whose district has an active district-level twinning",
                    examples = "4") long onlyDistrictTwinning) {
    }

    @Schema(name = "CoverageOrganizationCounts")
    public record OrganizationCounts(
            @Schema(description = "Active partner organisations", examples = "41") long total,
            @Schema(description = "... with at least one active agreement in the period", examples = "38") long participating,
            @Schema(description = "... with no active agreement in the period", examples = "3") long withoutAgreement,
            @Schema(description = "Of those without, the ones with only a proposed agreement", examples = "1") long onlyProposed) {
    }

    @Schema(name = "CoverageAgreementCounts")
    public record AgreementCounts(
            @Schema(description = "Active agreements in the period", examples = "40") long active,
            @Schema(description = "... with no support record in the last inactiveMonths months (started before that)", examples = "5")
            long noRecentSupport,
            @Schema(description = "... with no agreed annual programme for planYear", examples = "3") long noAgreedPlan,
            @Schema(description = "... whose partner did not submit its report in the latest reporting period it was expected in",
                    examples = "2") long noReport) {
    }

    @Schema(name = "CoverageDistrict", description = "One row of the district × commune coverage table")
    public record DistrictCoverage(
            long id, String code, String name,
            @Schema(description = "Especially-difficult communes of the district in the period") long especiallyDifficult,
            @Schema(description = "... with an active commune-level partner") long covered,
            @Schema(description = "... without one") long uncovered,
            @Schema(description = "True when the district itself has an active district-level twinning") boolean districtTwinning,
            List<CommuneCell> communes) {
    }

    @Schema(name = "CoverageCommuneCell")
    public record CommuneCell(long id, String code, String name,
                              @Schema(description = "Partners with an active agreement with this commune") long partnerCount) {
    }

    @Schema(name = "CoveragePartner", description = "A partner with an active agreement")
    public record Partner(long organizationId, String name, long agreementId) {
    }

    @Schema(name = "CoverageCommuneRow", description = "A commune, its active partners, and what it received and when it was last visited")
    public record CommuneRow(
            long id, String code, String name, Ref district,
            boolean especiallyDifficult, boolean ethnicMinorityArea, boolean border,
            @Schema(description = "Partners with an active commune-level agreement in the period") List<Partner> partners,
            long partnerCount,
            @Schema(description = "True when the commune's district has an active district-level twinning in the period")
            boolean districtTwinning,
            @Schema(description = "Last support record of the period's agreements with this commune, up to asOf", nullable = true)
            LocalDate lastSupportDate,
            @Schema(description = "VND of the support records of the period's agreements with this commune, up to asOf")
            long receivedVnd,
            @Schema(description = "Last joint monitoring visit under the period's agreements, up to asOf", nullable = true)
            LocalDate lastVisitDate,
            @Schema(description = "Days from the last visit to asOf; null when never visited", nullable = true)
            Integer daysSinceVisit) {
    }

    @Schema(name = "CoverageOrganizationRow", description = "A partner organisation and whether it takes part in the period")
    public record OrganizationRow(
            long id, String code, String name,
            @Schema(description = "department, agency, mass_organization, enterprise, lowland_district or other") String kind,
            @Schema(description = "Active agreements in the period") long activeAgreements,
            @Schema(description = "Proposed agreements in the period") long proposedAgreements,
            @Schema(description = "True when it has at least one active agreement in the period") boolean participating,
            @Schema(nullable = true) LocalDate lastSupportDate,
            @Schema(description = "VND of its support records under the period's agreements, up to asOf") long givenVnd) {
    }

    @Schema(name = "CoverageReport", description = "The partner's report in the latest reporting period it was expected in")
    public record LatestReport(long reportId, long reportingPeriodId, String reportingPeriodName, LocalDate dueDate,
                               @Schema(description = "draft, submitted, returned or accepted") String status,
                               boolean excused,
                               @Schema(description = "True once it was submitted at least once") boolean submitted) {
    }

    @Schema(name = "CoverageAgreementRow", description = "An active agreement and its activity gaps")
    public record AgreementRow(
            long id, @Schema(nullable = true) String documentNumber, Ref organization, Ref recipient,
            @Schema(description = "commune or district") String recipientLevel, Ref district,
            LocalDate startDate, @Schema(nullable = true) LocalDate endDate,
            @Schema(nullable = true) LocalDate lastSupportDate,
            @Schema(description = "Whole months from the last support record to asOf; null when none", nullable = true)
            Integer monthsSinceSupport,
            @Schema(description = "An agreed annual programme exists for planYear") boolean agreedPlan,
            @Schema(nullable = true) LatestReport latestReport,
            @Schema(nullable = true) LocalDate lastVisitDate,
            @Schema(nullable = true) Integer daysSinceVisit,
            @Schema(description = "The gaps this agreement shows: no_recent_support, no_agreed_plan, no_report") List<String> gaps) {
    }

    @Schema(name = "CoverageCommunePage")
    public record CommunePage(List<CommuneRow> items, int page, int size, long total) {
    }

    @Schema(name = "CoverageOrganizationPage")
    public record OrganizationPage(List<OrganizationRow> items, int page, int size, long total) {
    }

    @Schema(name = "CoverageAgreementPage")
    public record AgreementPage(
            @Schema(description = "The year whose annual programme was checked") int planYear,
            List<AgreementRow> items, int page, int size, long total) {
    }
}
