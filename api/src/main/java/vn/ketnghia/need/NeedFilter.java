package vn.ketnghia.need;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the needs list. Everything is optional and combined with AND. */
public class NeedFilter {

    @QueryParam("districtId") @Positive
    @Parameter(description = "The commune's district")
    public Long districtId;

    @QueryParam("communeId") @Positive
    public Long communeId;

    @QueryParam("area")
    @Parameter(description = "Support area: spiritual, material or production")
    public String area;

    @QueryParam("categoryId") @Positive
    public Long categoryId;

    @QueryParam("status")
    @Parameter(description = "open, pledged, met or cancelled")
    public String status;

    @QueryParam("priority")
    @Parameter(description = "high, medium or low")
    public String priority;

    @QueryParam("year") @Min(1990) @Max(2100)
    @Parameter(description = "Target year")
    public Integer year;

    @QueryParam("organizationId") @Positive
    @Parameter(description = "Needs with an active pledge of this partner")
    public Long organizationId;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words in the title, description or the commune's or district's name, with or without diacritics: `bo giong`, `ta bhing`.")
    public String q;
}
