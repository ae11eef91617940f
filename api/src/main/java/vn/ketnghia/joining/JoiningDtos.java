package vn.ketnghia.joining;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.agreement.AgreementStatus;
import vn.ketnghia.catalog.AdminUnit;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.web.Ref;

/** Requests and responses of invitations and registrations. */
public final class JoiningDtos {

    private JoiningDtos() {
    }

    @Schema(name = "InvitationRequest", description = "Invite organisations that do not take part in a programme period: one invitation each.")
    public record InvitationRequest(
            @NotNull @Positive @Schema(examples = "2") Long periodId,
            @NotNull @Size(min = 1, max = 200) @Schema(description = "The organisations to invite, each at most once", examples = "[5, 9]")
            List<@NotNull @Positive Long> organizationIds,
            @NotNull @Schema(description = "The date by which they should register", examples = "2016-06-30") LocalDate replyBy,
            @Size(max = 4000) @Schema(description = "A few words of the province's own, quoted in the notice and the letter") String message,
            @Size(max = 20) @Schema(description = "The letter's number, without the symbol, once the clerk has numbered it", examples = "312")
            String documentNumber) {
    }

    @Schema(name = "InvitationCancel", description = "Why an invitation is withdrawn.")
    public record CancelRequest(@Size(max = 2000) @Schema(examples = "Đơn vị đã sáp nhập") String reason) {
    }

    @Schema(name = "Invitation")
    public record InvitationView(
            @Schema(examples = "4") long id,
            Ref period,
            Ref organization,
            @Schema(examples = "agency") String organizationKind,
            LocalDate sentOn,
            LocalDate replyBy,
            String message,
            String documentNumber,
            @Schema(description = "sent, registered, cancelled, or expired: sent and past replyBy without a registration")
            InvitationStatus status,
            String cancelReason,
            @Schema(description = "The registration that answered it, if any") Long registrationId,
            @Schema(description = "Send back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {
    }

    @Schema(name = "RegistrationRequest", description = "An organisation asks to join the programme, proposing communes it wants to help. "
            + "Status, decision and audit fields are not set here.")
    public record RegistrationRequest(
            @Positive @Schema(description = "The organisation that joins. A unit user may leave it out: it is always their own.", examples = "5")
            Long organizationId,
            @NotNull @Positive @Schema(examples = "2") Long periodId,
            @Positive @Schema(description = "The invitation this answers, if any") Long invitationId,
            @NotNull @Size(min = 1, max = 5) @Schema(description = "1 to 5 communes flagged especially difficult in the period "
                    + "(or mountainous districts, for district-to-district twinning)", examples = "[41, 42]")
            List<@NotNull @Positive Long> communeIds,
            @NotNull @Size(min = 1, max = 3) List<@NotNull SupportArea> supportAreas,
            @NotBlank @Size(max = 4000) @Schema(description = "What the organisation intends to do", examples = "Hỗ trợ giống cây trồng và tập huấn kỹ thuật")
            String commitment,
            @NotNull @Schema(examples = "2016-07-01") LocalDate proposedStartDate,
            @NotBlank @Size(max = 200) @Schema(examples = "Trần Văn Bình") String contactName,
            @Size(max = 200) @Schema(examples = "Phó Chánh Văn phòng") String contactTitle,
            @Size(max = 50) @Schema(examples = "0235 3812 345") String contactPhone,
            @Size(max = 200) @Email String contactEmail) {
    }

    @Schema(name = "RegistrationApproval", description = "Approve a registration: an agreement (proposed) for each approved commune.")
    public record ApproveRequest(
            @Size(min = 1, max = 5) @Schema(description = "The communes approved, a subset of those proposed; all of them when left out")
            List<@NotNull @Positive Long> communeIds,
            @Schema(description = "The agreements' start date; the proposed start date when left out", examples = "2016-07-01")
            LocalDate startDate,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "RegistrationDecline", description = "Decline a registration, saying why.")
    public record DeclineRequest(@NotBlank @Size(max = 2000) @Schema(examples = "Xã đã có đơn vị nhận kết nghĩa") String reason) {
    }

    @Schema(name = "RegistrationWithdrawal", description = "An optional note when an organisation withdraws its registration.")
    public record WithdrawRequest(@Size(max = 2000) String note) {
    }

    @Schema(name = "ProposedCommune", description = "A commune a registration proposes, and the agreement created for it on approval.")
    public record ProposedCommuneView(
            @Schema(examples = "41") long id,
            String code,
            String name,
            @Schema(examples = "commune") String level,
            @Schema(examples = "xã") String kindLabel,
            @Schema(description = "Its district (the unit itself for a district)") Ref district,
            Long agreementId,
            AgreementStatus agreementStatus) {

        static ProposedCommuneView of(ProposedCommune proposed) {
            AdminUnit unit = proposed.commune;
            AdminUnit district = unit.level == vn.ketnghia.catalog.AdminLevel.COMMUNE ? unit.parent : unit;
            return new ProposedCommuneView(unit.id, unit.code, unit.name, unit.level.code(), unit.kindLabel(),
                    new Ref(district.id, district.code, district.name),
                    proposed.agreement == null ? null : proposed.agreement.id,
                    proposed.agreement == null ? null : proposed.agreement.status);
        }
    }

    @Schema(name = "Registration")
    public record RegistrationView(
            @Schema(examples = "3") long id,
            Ref period,
            Ref organization,
            @Schema(examples = "enterprise") String organizationKind,
            Long invitationId,
            List<ProposedCommuneView> communes,
            List<SupportArea> supportAreas,
            String commitment,
            LocalDate proposedStartDate,
            String contactName,
            String contactTitle,
            String contactPhone,
            String contactEmail,
            RegistrationStatus status,
            @Schema(description = "Why it was declined, or the note of the approval or withdrawal") String decisionReason,
            OffsetDateTime decidedAt,
            String decidedBy,
            @Schema(description = "Send back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static RegistrationView of(Registration r) {
            return new RegistrationView(r.id,
                    new Ref(r.period.id, r.period.code, r.period.name),
                    new Ref(r.organization.id, r.organization.code, r.organization.name), r.organization.kind.code(),
                    r.invitation == null ? null : r.invitation.id,
                    r.communes.stream().map(ProposedCommuneView::of).toList(),
                    r.areas(), r.commitment, r.proposedStartDate,
                    r.contactName, r.contactTitle, r.contactPhone, r.contactEmail,
                    r.status, r.decisionReason, r.decidedAt, r.decidedBy,
                    r.version, r.createdAt, r.createdBy, r.updatedAt, r.updatedBy);
        }
    }

    @Schema(name = "EligibleCommune", description = "An especially-difficult commune of a period, and how many partners it has there.")
    public record EligibleCommune(
            @Schema(examples = "41") long id,
            String code,
            String name,
            @Schema(examples = "xã") String kindLabel,
            Ref district,
            boolean border,
            @Schema(description = "Active agreements with it in the period; 0 means it still has no partner") long activePartners,
            @Schema(description = "Proposed agreements with it in the period, not yet signed") long proposedPartners) {
    }
}
