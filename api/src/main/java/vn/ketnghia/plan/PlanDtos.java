package vn.ketnghia.plan;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.web.Ref;

public final class PlanDtos {

    /** Far above any one programme's budget; keeps sums of many items far from overflowing a long. */
    static final long MAX_VND = 1_000_000_000_000_000L;

    private PlanDtos() {
    }

    @Schema(name = "PlanCreateRequest", description = "A new plan of an agreement. It starts as `draft`; the receiving district "
            + "agrees to it with the agree step. Kind and year cannot change after creation: make a new plan instead.")
    public record PlanCreateRequest(
            @NotNull @Schema(description = "`period`: the plan for the whole programme period (one per agreement); "
                    + "`annual`: the programme of one year (one per year)", examples = "annual") PlanKind kind,
            @Min(1990) @Max(2100) @Schema(description = "Required for `annual`, within the agreement's period; must be absent for `period`",
                    examples = "2017") Integer year,
            @NotBlank @Size(max = 300) @Schema(examples = "Chương trình kết nghĩa năm 2017 với xã Tà Bhing") String title,
            @Size(max = 4000) String notes) {
    }

    @Schema(name = "PlanUpdateRequest", description = "The editable texts of a plan. Kind and year are fixed at creation. "
            + "Changing an agreed plan returns it to `draft`: the district must agree again.")
    public record PlanUpdateRequest(
            @NotBlank @Size(max = 300) @Schema(examples = "Chương trình kết nghĩa năm 2017 với xã Tà Bhing") String title,
            @Size(max = 4000) String notes) {
    }

    @Schema(name = "PlanItemRequest", description = "One planned activity. Adding, changing or removing an item of an agreed plan "
            + "returns the plan to `draft`.")
    public record PlanItemRequest(
            @NotNull @Positive @Schema(description = "An active support category", examples = "7") Long categoryId,
            @NotBlank @Size(max = 2000) @Schema(examples = "Hỗ trợ giống bò sinh sản cho hộ nghèo thôn 2") String description,
            @PositiveOrZero @Digits(integer = 13, fraction = 3) @Schema(examples = "20") BigDecimal targetQuantity,
            @Size(max = 50) @Schema(examples = "con") String unitOfMeasure,
            @NotNull @PositiveOrZero @Max(MAX_VND) @Schema(description = "Planned budget in whole VND", examples = "300000000")
            Long plannedVnd,
            @Schema(description = "Within the agreement's period", examples = "2017-03-01") LocalDate startDate,
            @Schema(description = "Within the agreement's period, not before startDate", examples = "2017-06-30") LocalDate endDate) {
    }

    @Schema(name = "PlanAgreeRequest", description = "The receiving district's optional remark when it agrees to a plan.")
    public record PlanAgreeRequest(
            @Size(max = 2000) @Schema(examples = "UBND huyện Nam Giang thống nhất kế hoạch") String note) {
    }

    @Schema(name = "PlanItem", description = "A planned activity with what was actually done against it: "
            + "actual figures add up the support records linked to the item, confirmed or not.")
    public record PlanItemView(
            @Schema(examples = "31") long id,
            Ref category,
            @Schema(description = "The support area of the category", examples = "production") SupportArea area,
            String description,
            @Schema(examples = "20.000") BigDecimal targetQuantity,
            @Schema(examples = "con") String unitOfMeasure,
            @Schema(examples = "300000000") long plannedVnd,
            LocalDate startDate,
            LocalDate endDate,
            @Schema(description = "Sum of valueVnd of the linked support records", examples = "120000000") long actualVnd,
            @Schema(description = "Sum of quantity of the linked support records; null when none gives a quantity", examples = "8.000")
            BigDecimal actualQuantity,
            @Schema(description = "Number of linked support records", examples = "2") long recordCount,
            @Schema(description = "Send back as If-Match: \"<version>\" to change or remove this item", examples = "0") long version) {

        static PlanItemView of(PlanItem item, PlanActual actual) {
            return new PlanItemView(item.id, categoryRef(item), item.category.area, item.description, item.targetQuantity,
                    item.unitOfMeasure, item.plannedVnd, item.startDate, item.endDate,
                    actual.valueVnd(), actual.quantity(), actual.recordCount(), item.version);
        }
    }

    @Schema(name = "PlanTotals")
    public record PlanTotals(
            @Schema(description = "Sum of the items' planned budgets, VND", examples = "450000000") long plannedVnd,
            @Schema(description = "Sum of the items' actual values, VND", examples = "120000000") long actualVnd) {
    }

    @Schema(name = "Plan")
    public record PlanView(
            @Schema(examples = "9") long id,
            @Schema(examples = "17") long agreementId,
            PlanKind kind,
            @Schema(description = "Null for the period plan", examples = "2017") Integer year,
            String title,
            String notes,
            PlanStatus status,
            @Schema(description = "When the district agreed; null while draft") OffsetDateTime agreedAt,
            @Schema(description = "Username that agreed for the district", examples = "ubnd.namgiang") String agreedBy,
            String agreementNote,
            List<PlanItemView> items,
            PlanTotals totals,
            @Schema(description = "Send back as If-Match: \"<version>\"; moves whenever an item changes too", examples = "3") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static PlanView of(Plan p, List<PlanItemView> items) {
            long planned = 0;
            long actual = 0;
            for (PlanItemView item : items) {
                planned += item.plannedVnd();
                actual += item.actualVnd();
            }
            return new PlanView(p.id, p.agreement.id, p.kind, p.year, p.title, p.notes, p.status, p.agreedAt, p.agreedBy,
                    p.agreementNote, items, new PlanTotals(planned, actual),
                    p.version, p.createdAt, p.createdBy, p.updatedAt, p.updatedBy);
        }
    }

    static Ref categoryRef(PlanItem item) {
        return new Ref(item.category.id, item.category.code, item.category.name);
    }
}
