package vn.ketnghia.coverage;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters every coverage view shares: which period, which day, and what counts as inactive. */
public class CoverageParams {

    @QueryParam("periodId") @Positive
    @Parameter(description = "The programme period; default: the latest period with especially-difficult communes")
    public Long periodId;

    @QueryParam("districtId") @Positive
    @Parameter(description = "Only this receiving district")
    public Long districtId;

    @QueryParam("asOf")
    @Parameter(description = "The day to compute for (yyyy-MM-dd); default today in Asia/Ho_Chi_Minh. "
            + "Support records and visits after it are ignored; its year picks the annual programme checked.")
    public LocalDate asOf;

    @QueryParam("inactiveMonths") @DefaultValue("6")
    @Min(value = 1, message = "phải ≥ 1 / must be at least 1")
    @Max(value = 120, message = "tối đa 120 / at most 120")
    @Parameter(description = "An active agreement started at least this many months before asOf with no support record in "
            + "those months counts as inactive (1–120)", example = "6")
    public int inactiveMonths = 6;
}
