package vn.ketnghia.stats;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the statistics endpoints. Every filter is optional; they combine with AND. */
public class StatsFilter {

    @QueryParam("groupBy") @Size(max = 200)
    @Parameter(description = "Comma-separated, at most two dimensions. Support: year, area, category, district, commune, "
            + "organization, partnerKind, fundingSource, form, status, province. Plans: year, area, district, commune, "
            + "organization, partnerKind, province. Empty: the total only.")
    public String groupBy;

    @QueryParam("periodId") @Positive
    @Parameter(description = "The agreement's programme period")
    public Long periodId;

    @QueryParam("provinceId") @Positive
    @Parameter(description = "The province of the receiving district")
    public Long provinceId;

    @QueryParam("districtId") @Positive
    @Parameter(description = "The receiving district")
    public Long districtId;

    @QueryParam("communeId") @Positive
    @Parameter(description = "The agreement's recipient: the commune (or district) helped")
    public Long communeId;

    @QueryParam("organizationId") @Positive
    @Parameter(description = "The partner organisation")
    public Long organizationId;

    @QueryParam("partnerKind")
    @Parameter(description = "The partner's kind: department, agency, mass_organization, enterprise, lowland_district or other")
    public String partnerKind;

    @QueryParam("area")
    @Parameter(description = "Support area: spiritual, material or production")
    public String area;

    @QueryParam("categoryId") @Positive
    @Parameter(description = "Support category")
    public Long categoryId;

    @QueryParam("fundingSource")
    @Parameter(description = "own_budget, staff_contributions, mobilised_enterprise or other (plans: applies to the actual side)")
    public String fundingSource;

    @QueryParam("form")
    @Parameter(description = "cash or in_kind (plans: applies to the actual side)")
    public String form;

    @QueryParam("status")
    @Parameter(description = "recorded or confirmed (plans: applies to the actual side)")
    public String status;

    @QueryParam("fromYear") @Min(1990) @Max(2100)
    @Parameter(description = "Support given in this year or later (plans: programmes of this year or later)")
    public Integer fromYear;

    @QueryParam("toYear") @Min(1990) @Max(2100)
    @Parameter(description = "Support given in this year or earlier (plans: programmes of this year or earlier)")
    public Integer toYear;

    @QueryParam("sort")
    @Parameter(description = "value (default: largest valueVnd first; plans: plannedVnd) or key (years ascending, codes in "
            + "their natural order, names alphabetically)")
    public String sort;

    @QueryParam("limit") @Min(1) @Max(1000)
    @Parameter(description = "At most this many rows (1–1000, default 1000), after sorting: with sort=value, the top N. "
            + "truncated tells whether rows were left out; total always covers everything.")
    public Integer limit;
}
