package vn.ketnghia.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class PeriodDtos {

    private PeriodDtos() {
    }

    @Schema(name = "PeriodRequest", description = "A programme period and its legal basis.")
    public record PeriodRequest(
            @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z._-]+", message = "chỉ chữ, số, . _ - / letters, digits, . _ - only")
            @Schema(examples = "2016-2020") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Giai đoạn 2016–2020") String name,
            @NotNull @Min(1990) @Max(2100) @Schema(examples = "2016") Integer startYear,
            @NotNull @Min(1990) @Max(2100) @Schema(examples = "2020") Integer endYear,
            @Size(max = 2000) @Schema(examples = "Chỉ thị số 23-CT/TU ngày 22/10/2012 của Tỉnh ủy Quảng Nam; Thông báo 135/TB-UBND ngày 11/4/2016")
            String legalBasis) {
    }

    @Schema(name = "Period")
    public record PeriodView(
            @Schema(examples = "2") long id,
            @Schema(examples = "2016-2020") String code,
            @Schema(examples = "Giai đoạn 2016–2020") String name,
            @Schema(examples = "2016") int startYear,
            @Schema(examples = "2020") int endYear,
            String legalBasis,
            @Schema(description = "Optimistic-lock version; send it back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static PeriodView of(Period p) {
            return new PeriodView(p.id, p.code, p.name, p.startYear, p.endYear, p.legalBasis, p.version, p.createdAt, p.updatedAt);
        }
    }
}
