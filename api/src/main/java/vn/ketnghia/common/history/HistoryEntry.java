package vn.ketnghia.common.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HistoryEntry", description = "One change of an object: who, when, what, and the fields before and after.")
public record HistoryEntry(
        @Schema(examples = "118") long id,
        @Schema(description = "created, updated, deleted, or the name of a step such as activated, agreed, confirmed", examples = "updated") String action,
        OffsetDateTime changedAt,
        @Schema(description = "Username of who made the change", examples = "sonnptnt") String changedBy,
        @Schema(examples = "Lê Thị Hoa") String changedByName,
        @Schema(description = "The reason given with the step, if any", examples = "Đã ký biên bản") String note,
        @Schema(description = "The fields that differ between before and after") List<FieldChange> changes,
        @Schema(description = "The object as it was, absent on creation") JsonNode before,
        @Schema(description = "The object as it became, absent on deletion") JsonNode after) {

    @Schema(name = "FieldChange")
    public record FieldChange(@Schema(examples = "valueVnd") String field, JsonNode before, JsonNode after) {
    }
}
