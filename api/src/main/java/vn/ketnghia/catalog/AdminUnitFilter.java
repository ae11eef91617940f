package vn.ketnghia.catalog;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the administrative-unit list. Everything is optional and combined with AND. */
public class AdminUnitFilter {

    @QueryParam("level")
    @Parameter(description = "province, district or commune")
    public String level;

    @QueryParam("parentId") @Positive
    @Parameter(description = "Direct children of this unit")
    public Long parentId;

    @QueryParam("terrain")
    @Parameter(description = "mountainous or lowland (districts)")
    public String terrain;

    @QueryParam("periodId") @Positive
    @Parameter(description = "The programme period the flag filters refer to")
    public Long periodId;

    @QueryParam("especiallyDifficult")
    @Parameter(description = "Especially difficult in periodId (needs periodId); a unit without flags for the period counts as false")
    public Boolean especiallyDifficult;

    @QueryParam("ethnicMinorityArea")
    @Parameter(description = "Ethnic-minority area in periodId (needs periodId)")
    public Boolean ethnicMinorityArea;

    @QueryParam("border")
    @Parameter(description = "Border commune in periodId (needs periodId)")
    public Boolean border;

    @QueryParam("includeAbolished") @DefaultValue("false")
    @Parameter(description = "Also list units that were abolished or merged")
    public boolean includeAbolished;

    @QueryParam("q") @Size(max = 100)
    @Parameter(description = "Words of the name with its prefix, or the code, with or without diacritics: `nam giang`, `xa a vao`.")
    public String q;
}
