package vn.ketnghia.agreement;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.common.web.Ref;

public final class AgreementDtos {

    private AgreementDtos() {
    }

    @Schema(name = "AgreementRequest", description = "What a partner and a commune agreed. Status, owner and audit fields are not set here: "
            + "a new agreement is proposed, and status moves only through the activate, suspend and end steps.")
    public record AgreementRequest(
            @Positive @Schema(description = "The partner organisation. A unit user may leave it out: it is always their own organisation.", examples = "3")
            Long organizationId,
            @NotNull @Positive @Schema(examples = "2") Long periodId,
            @NotNull @Positive @Schema(description = "The commune helped, or a mountainous district for district-to-district twinning", examples = "41")
            Long recipientId,
            @NotNull @Schema(examples = "2016-05-15") LocalDate startDate,
            @Schema(examples = "2020-12-31") LocalDate endDate,
            @Size(max = 100) @Schema(description = "Number and symbol of the signed document", examples = "12/BB-KN") String documentNumber,
            @Schema(examples = "2016-05-15") LocalDate signedOn,
            @Size(max = 200) @Schema(description = "Cán bộ phụ trách: the partner's focal officer", examples = "Trần Văn Bình") String focalOfficerName,
            @Size(max = 200) @Schema(examples = "Phó Chánh Văn phòng Sở") String focalOfficerTitle,
            @Size(max = 50) @Schema(examples = "0235 3812 345") String focalOfficerPhone,
            @Size(max = 200) @Email String focalOfficerEmail,
            @Size(max = 4000) String notes) {
    }

    @Schema(name = "StatusChange", description = "An optional note explaining a change of status.")
    public record StatusChange(@Size(max = 2000) @Schema(examples = "Đã ký biên bản kết nghĩa") String note) {
    }

    @Schema(name = "RecipientRef", description = "The commune or district helped.")
    public record RecipientRef(long id, String code, String name, @Schema(examples = "commune") String level,
                               @Schema(examples = "xã") String kindLabel) {
        public static RecipientRef of(AdminUnit unit) {
            return new RecipientRef(unit.id, unit.code, unit.name, unit.level.code(), unit.kindLabel());
        }
    }

    @Schema(name = "Agreement")
    public record AgreementView(
            @Schema(examples = "17") long id,
            Ref organization,
            @Schema(examples = "department") String organizationKind,
            Ref period,
            RecipientRef recipient,
            Ref district,
            LocalDate startDate,
            LocalDate endDate,
            AgreementStatus status,
            String documentNumber,
            LocalDate signedOn,
            String focalOfficerName,
            String focalOfficerTitle,
            String focalOfficerPhone,
            String focalOfficerEmail,
            String notes,
            @Schema(description = "Send back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {

        public static AgreementView of(Agreement a) {
            return new AgreementView(a.id,
                    new Ref(a.organization.id, a.organization.code, a.organization.name), a.organization.kind.code(),
                    new Ref(a.period.id, a.period.code, a.period.name),
                    RecipientRef.of(a.recipient),
                    new Ref(a.district.id, a.district.code, a.district.name),
                    a.startDate, a.endDate, a.status, a.documentNumber, a.signedOn,
                    a.focalOfficerName, a.focalOfficerTitle, a.focalOfficerPhone, a.focalOfficerEmail, a.notes,
                    a.version, a.createdAt, a.createdBy, a.updatedAt, a.updatedBy);
        }
    }
}
