package vn.ketnghia.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. `type` is stable per kind of error; clients switch on it.")
public record Problem(
        @Schema(examples = "urn:ketnghia:problem:validation-failed") String type,
        @Schema(examples = "Dữ liệu không hợp lệ / Invalid input") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "valueVnd: must be greater than or equal to 0") String detail,
        @Schema(examples = "/api/v1/support-records") String instance,
        List<FieldError> errors) {
}
