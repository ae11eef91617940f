package vn.ketnghia.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.common.web.Ref;

public final class AdminUnitDtos {

    private AdminUnitDtos() {
    }

    @Schema(name = "AdminUnitRequest", description = "A province, district or commune. Flags are replaced as a whole set on every PUT.")
    public record AdminUnitRequest(
            @Positive @Schema(description = "The province of a district, the district of a commune; absent for a province", examples = "2")
            Long parentId,
            @NotNull @Schema(examples = "commune") AdminLevel level,
            @NotBlank @Size(max = 20) @Pattern(regexp = "[0-9A-Za-z._-]+", message = "chỉ chữ, số, . _ - / letters, digits, . _ - only")
            @Schema(description = "Administrative code (mã đơn vị hành chính)", examples = "20404") String code,
            @NotBlank @Size(max = 200) @Schema(description = "The name without its prefix: \"A Vao\", not \"xã A Vao\"", examples = "A Vao") String name,
            @NotBlank @Size(max = 20)
            @Schema(description = "province: province; district: city, town, district; commune: commune, ward, township", examples = "commune")
            String kind,
            @Schema(description = "Required for a district, absent otherwise", examples = "mountainous") Terrain terrain,
            @Schema(description = "The day the unit was abolished or merged, if it was", examples = "2025-07-01") LocalDate abolishedOn,
            @Size(max = 50) @Schema(description = "The unit's status in each programme period; absent or empty means none")
            List<@Valid @NotNull FlagRequest> flags) {
    }

    @Schema(name = "AdminUnitFlagRequest", description = "The status of a commune or district in one programme period.")
    public record FlagRequest(
            @NotNull @Positive @Schema(examples = "2") Long periodId,
            @Schema(description = "Xã đặc biệt khó khăn", examples = "true") boolean especiallyDifficult,
            @Schema(description = "Vùng đồng bào dân tộc thiểu số", examples = "true") boolean ethnicMinorityArea,
            @Schema(description = "Xã biên giới", examples = "false") boolean border) {
    }

    @Schema(name = "AdminUnitFlag")
    public record FlagView(
            @Schema(examples = "2") long periodId,
            @Schema(examples = "2016-2020") String periodCode,
            boolean especiallyDifficult,
            boolean ethnicMinorityArea,
            boolean border) {

        static FlagView of(AdminUnitFlag flag) {
            return new FlagView(flag.period.id, flag.period.code, flag.especiallyDifficult, flag.ethnicMinorityArea, flag.border);
        }
    }

    @Schema(name = "AdminUnit")
    public record AdminUnitView(
            @Schema(examples = "41") long id,
            @Schema(description = "The province or district above; absent for a province") Ref parent,
            @Schema(examples = "commune") AdminLevel level,
            @Schema(examples = "20404") String code,
            @Schema(examples = "A Vao") String name,
            @Schema(examples = "commune") String kind,
            @Schema(description = "The Vietnamese prefix of the name", examples = "xã") String kindLabel,
            @Schema(description = "Districts only", examples = "mountainous") Terrain terrain,
            LocalDate abolishedOn,
            @Schema(description = "Flags per programme period, oldest period first") List<FlagView> flags,
            @Schema(description = "Number of direct children, abolished ones included", examples = "12") long childCount,
            @Schema(description = "Optimistic-lock version; send it back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static AdminUnitView of(AdminUnit u, List<FlagView> flags, long childCount) {
            Ref parent = u.parent == null ? null : new Ref(u.parent.id, u.parent.code, u.parent.name);
            return new AdminUnitView(u.id, parent, u.level, u.code, u.name, u.kind, u.kindLabel(), u.terrain, u.abolishedOn,
                    flags, childCount, u.version, u.createdAt, u.updatedAt);
        }
    }

    @Schema(name = "AdminUnitNode", description = "One unit of the whole tree with its children.")
    public record AdminUnitNode(
            @Schema(examples = "41") long id,
            @Schema(examples = "commune") AdminLevel level,
            @Schema(examples = "20404") String code,
            @Schema(examples = "A Vao") String name,
            @Schema(examples = "commune") String kind,
            @Schema(examples = "xã") String kindLabel,
            Terrain terrain,
            LocalDate abolishedOn,
            @Schema(description = "The unit's flags in the requested period (all false when it has none); absent when no periodId was given")
            FlagView flags,
            List<AdminUnitNode> children) {
    }
}
