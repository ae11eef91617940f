package vn.ketnghia.support;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.ketnghia.agreement.AgreementFilterFields;

/** Filters of the support-record list and its totals. Everything is optional and combined with AND. */
public class SupportRecordFilter extends AgreementFilterFields {

    @QueryParam("agreementId") @Positive
    public Long agreementId;

    @QueryParam("categoryId") @Positive
    public Long categoryId;

    @QueryParam("area")
    @Parameter(description = "Support area: spiritual, material or production")
    public String area;

    @QueryParam("status")
    @Parameter(description = "recorded or confirmed")
    public String status;

    @QueryParam("form")
    @Parameter(description = "cash or in_kind")
    public String form;

    @QueryParam("fundingSource")
    @Parameter(description = "own_budget, staff_contributions, mobilised_enterprise or other")
    public String fundingSource;

    @QueryParam("partnerKind")
    @Parameter(description = "The partner organisation's kind: department, agency, mass_organization, enterprise, lowland_district or other")
    public String partnerKind;

    @QueryParam("from")
    @Parameter(description = "Support given on or after this date (yyyy-MM-dd)")
    public LocalDate from;

    @QueryParam("to")
    @Parameter(description = "Support given on or before this date (yyyy-MM-dd)")
    public LocalDate to;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words in the description or the partner's or recipient's name, with or without diacritics: `qua tet`, `xa a vao`.")
    public String q;
}
