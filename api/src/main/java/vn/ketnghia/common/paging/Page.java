package vn.ketnghia.common.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total number of matching rows. */
public record Page<T>(
        @Schema(description = "The rows of this page") List<T> items,
        @Schema(description = "Page number, from 0", examples = "0") int page,
        @Schema(description = "Requested page size", examples = "20") int size,
        @Schema(description = "Number of rows matching the filters, over all pages", examples = "57") long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
