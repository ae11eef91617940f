package vn.ketnghia.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SupportCategoryDtos {

    private SupportCategoryDtos() {
    }

    @Schema(name = "SupportCategoryRequest", description = "A kind of support within one of the three areas of task 1b.")
    public record SupportCategoryRequest(
            @NotNull @Schema(examples = "production") SupportArea area,
            @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z._-]+", message = "chỉ chữ, số, . _ - / letters, digits, . _ - only")
            @Schema(examples = "PD-SEEDS-LIVESTOCK") String code,
            @NotBlank @Size(max = 300) @Schema(examples = "Hỗ trợ giống cây trồng, con vật nuôi và vật tư thiết yếu") String name,
            @Size(max = 2000) String description,
            @PositiveOrZero @Max(1_000_000) @Schema(description = "Position within the area; 0 when absent", examples = "20") Integer sortOrder,
            @Schema(description = "Offered for new plans and records; true when creating if absent, unchanged on PUT if absent", examples = "true")
            Boolean active) {
    }

    @Schema(name = "SupportCategory")
    public record SupportCategoryView(
            @Schema(examples = "14") long id,
            @Schema(examples = "production") SupportArea area,
            @Schema(examples = "PD-SEEDS-LIVESTOCK") String code,
            @Schema(examples = "Hỗ trợ giống cây trồng, con vật nuôi và vật tư thiết yếu") String name,
            String description,
            @Schema(examples = "20") int sortOrder,
            boolean active,
            @Schema(description = "Optimistic-lock version; send it back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static SupportCategoryView of(SupportCategory c) {
            return new SupportCategoryView(c.id, c.area, c.code, c.name, c.description, c.sortOrder, c.active, c.version,
                    c.createdAt, c.updatedAt);
        }
    }

    @Schema(name = "SupportAreaSummary", description = "One of the three support areas of task 1b.")
    public record SupportAreaView(
            @Schema(examples = "spiritual") String code,
            @Schema(examples = "Về tinh thần") String name,
            @Schema(description = "Categories in the area, inactive ones included", examples = "11") long categoryCount) {
    }
}
