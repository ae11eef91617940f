package vn.ketnghia.coverage;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the organisation participation list. */
public class OrganizationCoverageFilter {

    @QueryParam("periodId") @Positive
    @Parameter(description = "The programme period; default: the latest period with especially-difficult communes")
    public Long periodId;

    @QueryParam("asOf")
    @Parameter(description = "Support records after this day (yyyy-MM-dd) are ignored; default today")
    public LocalDate asOf;

    @QueryParam("participating")
    @Parameter(description = "true: with at least one active agreement in the period; false: with none")
    public Boolean participating;

    @QueryParam("kind")
    @Parameter(description = "department, agency, mass_organization, enterprise, lowland_district or other")
    public String kind;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words of the organisation's name or code, with or without diacritics")
    public String q;
}
