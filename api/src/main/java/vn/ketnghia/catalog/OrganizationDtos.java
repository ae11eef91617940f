package vn.ketnghia.catalog;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.common.web.Ref;

public final class OrganizationDtos {

    private OrganizationDtos() {
    }

    @Schema(name = "OrganizationRequest", description = "A partner unit and its officer in charge (cán bộ phụ trách, task 1f).")
    public record OrganizationRequest(
            @NotBlank @Size(max = 30) @Pattern(regexp = "[0-9A-Za-z._-]+", message = "chỉ chữ, số, . _ - / letters, digits, . _ - only")
            @Schema(description = "Stable code; user accounts name it in their acts_for claim", examples = "SNNPTNT") String code,
            @NotBlank @Size(max = 300) @Schema(examples = "Sở Nông nghiệp và Phát triển nông thôn") String name,
            @NotNull @Schema(examples = "department") OrganizationKind kind,
            @Positive @Schema(description = "The lowland district's administrative unit: required for kind lowland_district, absent otherwise",
                    examples = "7") Long adminUnitId,
            @Size(max = 500) @Schema(examples = "152 Hùng Vương, Tam Kỳ, Quảng Nam") String address,
            @Size(max = 50) @Schema(examples = "0235 3852 540") String phone,
            @Size(max = 200) @Email @Schema(examples = "snnptnt@quangnam.gov.vn") String email,
            @Size(max = 200) @Schema(examples = "Trần Văn Bình") String officerName,
            @Size(max = 200) @Schema(examples = "Phó Chánh Văn phòng Sở") String officerTitle,
            @Size(max = 50) @Schema(examples = "0905 123 456") String officerPhone,
            @Size(max = 200) @Email @Schema(examples = "binhtv@quangnam.gov.vn") String officerEmail,
            @Schema(description = "Whether the unit takes part; true when creating if absent, unchanged on PUT if absent", examples = "true")
            Boolean active) {
    }

    @Schema(name = "Organization")
    public record OrganizationView(
            @Schema(examples = "3") long id,
            @Schema(examples = "SNNPTNT") String code,
            @Schema(examples = "Sở Nông nghiệp và Phát triển nông thôn") String name,
            @Schema(examples = "department") OrganizationKind kind,
            @Schema(description = "For a lowland district: its administrative unit") Ref adminUnit,
            String address,
            String phone,
            String email,
            String officerName,
            String officerTitle,
            String officerPhone,
            String officerEmail,
            boolean active,
            @Schema(description = "Optimistic-lock version; send it back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static OrganizationView of(Organization o) {
            Ref unit = o.adminUnit == null ? null : new Ref(o.adminUnit.id, o.adminUnit.code, o.adminUnit.name);
            return new OrganizationView(o.id, o.code, o.name, o.kind, unit, o.address, o.phone, o.email, o.officerName,
                    o.officerTitle, o.officerPhone, o.officerEmail, o.active, o.version, o.createdAt, o.updatedAt);
        }
    }
}
