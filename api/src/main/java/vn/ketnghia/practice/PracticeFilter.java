package vn.ketnghia.practice;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the good-practice list. Everything is optional and combined with AND. */
public class PracticeFilter {

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words in the title, what was done, the results, the tags or the author's name, with or without diacritics.")
    public String q;

    @QueryParam("tag") @Size(max = Tags.MAX_PER_PRACTICE)
    @Parameter(description = "Repeatable; the practice carries every tag given (compared after trimming and lower-casing).")
    public List<@Size(max = 100) String> tag;

    @QueryParam("organizationId") @Positive
    @Parameter(description = "The author unit")
    public Long organizationId;

    @QueryParam("districtId") @Positive
    @Parameter(description = "The receiving district of the linked agreement")
    public Long districtId;

    @QueryParam("communeId") @Positive
    @Parameter(description = "The commune (or district) helped under the linked agreement")
    public Long communeId;

    @QueryParam("area")
    @Parameter(description = "Support area: spiritual, material or production")
    public String area;

    @QueryParam("year") @Min(2000) @Max(2100)
    public Integer year;

    @QueryParam("status")
    @Parameter(description = "draft or published. Drafts are listed only to those who may edit them.")
    public String status;
}
