package vn.ketnghia.catalog;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the support-category list. Everything is optional and combined with AND. */
public class SupportCategoryFilter {

    @QueryParam("area")
    @Parameter(description = "spiritual, material or production")
    public String area;

    @QueryParam("active")
    @Parameter(description = "true: offered for new plans and records; false: retired")
    public Boolean active;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words of the name or the code, with or without diacritics: `giong cay trong`.")
    public String q;
}
