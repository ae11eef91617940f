package vn.ketnghia.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging and sorting parameters shared by every list endpoint. */
public class PageQuery {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "phải ≥ 0 / must be at least 0")
    @Max(value = 100_000, message = "quá lớn / too large")
    @Parameter(description = "Page number, starting at 0.", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "phải ≥ 1 / must be at least 1")
    @Max(value = MAX_SIZE, message = "tối đa 100 / at most 100")
    @Parameter(description = "Page size, 1 to 100.", example = "20")
    public int size;

    @QueryParam("sort")
    @Size(max = 200, message = "quá dài / too long")
    @Parameter(description = "Comma-separated fields; prefix `-` for descending, e.g. `-startDate,id`. Each list documents its fields.",
            example = "-startDate")
    public String sort;

    public int offset() {
        return page * size;
    }
}
