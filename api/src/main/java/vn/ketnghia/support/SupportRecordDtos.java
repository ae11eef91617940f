package vn.ketnghia.support;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.agreement.AgreementSummary;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.catalog.SupportCategory;

public final class SupportRecordDtos {

    /** Far above any single gift of the programme (27 billion VND over 2012–2015 in total), so only typos hit it. */
    static final long MAX_VALUE_VND = 1_000_000_000_000L;

    private SupportRecordDtos() {
    }

    @Schema(name = "SupportRecordRequest", description = "What was given or done. Status and confirmation are not set here: a new record is "
            + "`recorded`, and only the receiving district confirms it.")
    public record SupportRecordRequest(
            @NotNull @Positive @Schema(description = "A signed (not proposed) agreement in your scope", examples = "17") Long agreementId,
            @NotNull @Schema(description = "Within the agreement's dates and not in the future", examples = "2017-01-20") LocalDate supportDate,
            @NotNull @Positive @Schema(description = "An active support category", examples = "12") Long categoryId,
            @NotBlank @Size(max = 2000) @Schema(examples = "Tặng quà Tết cho hộ nghèo thôn 2") String description,
            @PositiveOrZero @Digits(integer = 13, fraction = 3) @Schema(examples = "120") BigDecimal quantity,
            @Size(max = 50) @Schema(examples = "suất quà") String unitOfMeasure,
            @NotNull @PositiveOrZero @Max(value = MAX_VALUE_VND, message = "tối đa 1.000.000.000.000 / at most 1,000,000,000,000")
            @Schema(description = "Whole VND", examples = "60000000") Long valueVnd,
            @NotNull @Schema(examples = "in_kind") SupportForm form,
            @NotNull @Schema(examples = "staff_contributions") FundingSource fundingSource,
            @Size(max = 300) @Schema(description = "Required exactly when fundingSource is mobilised_enterprise", examples = "Công ty CP Vinacapital")
            String enterpriseName,
            @PositiveOrZero @Max(1_000_000) @Schema(examples = "120") Integer beneficiaryHouseholds,
            @PositiveOrZero @Max(1_000_000) @Schema(examples = "480") Integer beneficiaryPeople,
            @PositiveOrZero @Max(1_000_000) @Schema(examples = "0") Integer beneficiaryStudents,
            @Positive @Schema(description = "The plan item this carries out; it must belong to a plan of the same agreement", examples = "44")
            Long planItemId) {
    }

    @Schema(name = "SupportConfirmation", description = "The receiving district's optional remark when confirming receipt.")
    public record Confirmation(@Size(max = 2000) @Schema(examples = "Đã nhận đủ 120 suất quà") String note) {
    }

    @Schema(name = "SupportCategoryRef", description = "A support category with its support area.")
    public record CategoryRef(@Schema(examples = "12") long id, @Schema(examples = "material-tet-gifts") String code,
                              @Schema(examples = "Thăm hỏi, tặng quà dịp Lễ, Tết") String name, SupportArea area) {
        static CategoryRef of(SupportCategory c) {
            return new CategoryRef(c.id, c.code, c.name, c.area);
        }
    }

    @Schema(name = "SupportRecord")
    public record SupportRecordView(
            @Schema(examples = "301") long id,
            AgreementSummary agreement,
            LocalDate supportDate,
            CategoryRef category,
            String description,
            BigDecimal quantity,
            String unitOfMeasure,
            @Schema(description = "Whole VND", examples = "60000000") long valueVnd,
            SupportForm form,
            FundingSource fundingSource,
            String enterpriseName,
            Integer beneficiaryHouseholds,
            Integer beneficiaryPeople,
            Integer beneficiaryStudents,
            Long planItemId,
            SupportRecordStatus status,
            OffsetDateTime confirmedAt,
            @Schema(description = "Username of the district user who confirmed", examples = "ubnd.namgiang") String confirmedBy,
            String confirmationNote,
            @Schema(description = "Send back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static SupportRecordView of(SupportRecord s) {
            return new SupportRecordView(s.id, AgreementSummary.of(s.agreement), s.supportDate, CategoryRef.of(s.category),
                    s.description, s.quantity, s.unitOfMeasure, s.valueVnd, s.form, s.fundingSource, s.enterpriseName,
                    s.beneficiaryHouseholds, s.beneficiaryPeople, s.beneficiaryStudents, s.planItemId, s.status,
                    s.confirmedAt, s.confirmedBy, s.confirmationNote,
                    s.version, s.createdAt, s.createdBy, s.updatedAt, s.updatedBy);
        }
    }

    @Schema(name = "SupportTotals", description = "Sums over every support record matching the list's filters (all pages).")
    public record SupportTotals(
            @Schema(examples = "57") long count,
            @Schema(description = "Whole VND", examples = "1250000000") long valueVnd,
            @Schema(description = "Whole VND given as cash", examples = "400000000") long cashVnd,
            @Schema(description = "Whole VND given in kind", examples = "850000000") long inKindVnd,
            @Schema(examples = "830") long beneficiaryHouseholds,
            @Schema(examples = "3100") long beneficiaryPeople,
            @Schema(examples = "240") long beneficiaryStudents) {
    }
}
