package vn.ketnghia.catalog;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the partner-organisation list. Everything is optional and combined with AND. */
public class OrganizationFilter {

    @QueryParam("kind")
    @Parameter(description = "department, agency, mass_organization, enterprise, lowland_district or other")
    public String kind;

    @QueryParam("active")
    @Parameter(description = "true: units taking part; false: units that stopped")
    public Boolean active;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words of the name or the code, with or without diacritics: `so nong nghiep`.")
    public String q;
}
