package vn.ketnghia.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One reason why input was refused. Body fields carry a JSON pointer ({@code /items/0/plannedVnd});
 * query, path and header parameters carry their name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FieldError", description = "One invalid field or parameter and why it was refused.")
public record FieldError(
        @Schema(description = "JSON pointer into the request body", examples = "/valueVnd") String pointer,
        @Schema(description = "Name of the query, path or header parameter", examples = "size") String parameter,
        @Schema(description = "Why the value was refused", examples = "must be greater than or equal to 0") String message) {

    public static FieldError body(String pointer, String message) {
        return new FieldError(pointer, null, message);
    }

    public static FieldError parameter(String name, String message) {
        return new FieldError(null, name, message);
    }
}
