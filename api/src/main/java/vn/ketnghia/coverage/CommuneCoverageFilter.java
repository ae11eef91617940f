package vn.ketnghia.coverage;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the commune coverage list. */
public class CommuneCoverageFilter extends CoverageParams {

    @QueryParam("especiallyDifficult")
    @Parameter(description = "true: only communes flagged especially difficult in the period; false: only the others "
            + "(which appear because an agreement of the period helps them)")
    public Boolean especiallyDifficult;

    @QueryParam("covered")
    @Parameter(description = "true: with at least one active commune-level partner; false: with none "
            + "(a district-level twinning does not count, see districtTwinning)")
    public Boolean covered;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words of the commune's or district's name, with or without diacritics: `a vao`, `nam giang`")
    public String q;
}
