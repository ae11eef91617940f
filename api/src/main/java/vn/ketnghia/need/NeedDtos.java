package vn.ketnghia.need;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.catalog.SupportArea;
import vn.ketnghia.common.web.Ref;

public final class NeedDtos {

    /** Far above any commune's single need, so only typos hit it. */
    static final long MAX_VND = 1_000_000_000_000L;

    private NeedDtos() {
    }

    @Schema(name = "NeedRequest", description = "A commune's need as its district (or the province) states it. Status is not set here: "
            + "a new need is `open`, becomes `pledged` while partners have active pledges, and `met` or `cancelled` only by its steps.")
    public record NeedRequest(
            @NotNull @Positive @Schema(description = "The commune; a district user names a commune of its own district", examples = "41")
            Long communeId,
            @NotNull @Positive @Schema(description = "An active support category; its support area comes with it", examples = "19")
            Long categoryId,
            @NotBlank @Size(max = 300) @Schema(examples = "Bò giống sinh sản cho 20 hộ nghèo thôn Pà Dồn") String title,
            @Size(max = 4000) @Schema(examples = "Hộ nghèo thôn Pà Dồn chưa có sinh kế ổn định; xã đề nghị hỗ trợ bò giống.") String description,
            @NotNull @PositiveOrZero @Max(value = MAX_VND, message = "tối đa 1.000.000.000.000 / at most 1,000,000,000,000")
            @Schema(description = "Estimated cost in whole VND", examples = "300000000") Long estimatedVnd,
            @NotNull @Schema(examples = "high") NeedPriority priority,
            @NotNull @Min(1990) @Max(2100) @Schema(description = "The year the commune hopes to have it", examples = "2019") Integer targetYear) {
    }

    @Schema(name = "NeedNote", description = "An optional remark when the need is marked met.")
    public record NoteRequest(@Size(max = 2000) @Schema(examples = "Đã nhận đủ 20 con bò giống") String note) {
    }

    @Schema(name = "NeedCancellation", description = "Why the need is no longer wanted.")
    public record CancelRequest(@NotBlank @Size(max = 2000) @Schema(examples = "Xã đã được Chương trình 135 hỗ trợ") String reason) {
    }

    @Schema(name = "PledgeRequest", description = "A partner takes on (part of) a need. The pledge becomes an item of the agreement's annual "
            + "programme for `year` (the programme is created as a draft if missing). Adding an item to an agreed programme returns it "
            + "to `draft`, so the receiving district agrees to it again: the pledge is a proposal until then.")
    public record PledgeRequest(
            @NotNull @Positive @Schema(description = "An active agreement of the partner with this commune (or with its district, "
                    + "for district twinning); a unit names one of its own", examples = "17") Long agreementId,
            @NotNull @Positive @Max(value = MAX_VND, message = "tối đa 1.000.000.000.000 / at most 1,000,000,000,000")
            @Schema(description = "Whole VND; becomes the plan item's planned budget", examples = "150000000") Long pledgedVnd,
            @NotNull @Min(1990) @Max(2100) @Schema(description = "The annual programme the item goes into; within the agreement's period",
                    examples = "2019") Integer year,
            @Size(max = 1500) @Schema(description = "What the partner will do; the plan item's description (the need's title when absent)",
                    examples = "Hỗ trợ 10 con bò giống") String description) {
    }

    @Schema(name = "PledgeWithdrawal", description = "An optional reason for withdrawing a pledge.")
    public record WithdrawRequest(@Size(max = 2000) @Schema(examples = "Kinh phí năm 2019 không đủ") String reason) {
    }

    @Schema(name = "NeedCategory", description = "A support category with its support area.")
    public record CategoryRef(@Schema(examples = "19") long id, @Schema(examples = "PD-SEEDS-LIVESTOCK") String code,
                              @Schema(examples = "Hỗ trợ giống cây trồng, con vật nuôi và vật tư thiết yếu") String name, SupportArea area) {
    }

    @Schema(name = "Need", description = "A commune's need with what partners pledged and delivered against it. Pledged counts active "
            + "pledges; delivered adds up every support record (recorded or confirmed) linked to the plan items of those pledges.")
    public record NeedView(
            @Schema(examples = "7") long id,
            Ref commune,
            Ref district,
            CategoryRef category,
            String title,
            String description,
            @Schema(description = "Whole VND", examples = "300000000") long estimatedVnd,
            NeedPriority priority,
            @Schema(examples = "2019") int targetYear,
            NeedStatus status,
            @Schema(description = "The reason given when cancelled, or the remark when marked met") String statusNote,
            OffsetDateTime closedAt,
            String closedBy,
            @Schema(description = "Sum of the active pledges, VND", examples = "150000000") long pledgedVnd,
            @Schema(description = "Number of active pledges", examples = "1") long pledgeCount,
            @Schema(description = "Sum of valueVnd of the support records linked to the pledges' plan items, VND", examples = "60000000")
            long deliveredVnd,
            @Schema(description = "Send back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static NeedView of(CommuneNeed n, NeedFigures figures) {
            return new NeedView(n.id, new Ref(n.commune.id, n.commune.code, n.commune.name),
                    new Ref(n.district.id, n.district.code, n.district.name),
                    new CategoryRef(n.category.id, n.category.code, n.category.name, n.category.area),
                    n.title, n.description, n.estimatedVnd, n.priority, n.targetYear, n.status, n.statusNote, n.closedAt, n.closedBy,
                    figures.pledgedVnd(), figures.pledgeCount(), figures.deliveredVnd(),
                    n.version, n.createdAt, n.createdBy, n.updatedAt, n.updatedBy);
        }
    }

    /** Active pledges and deliveries of one need. */
    record NeedFigures(long pledgedVnd, long pledgeCount, long deliveredVnd) {
        static final NeedFigures NONE = new NeedFigures(0, 0, 0);
    }

    @Schema(name = "NeedPledge", description = "A partner's pledge, the plan item it became and what was delivered against that item.")
    public record PledgeView(
            @Schema(examples = "3") long id,
            @Schema(examples = "7") long needId,
            Ref organization,
            @Schema(examples = "17") long agreementId,
            @Schema(description = "The agreement's recipient: the commune, or its district for district twinning") Ref recipient,
            @Schema(examples = "150000000") long pledgedVnd,
            @Schema(examples = "2019") int year,
            String description,
            PledgeStatus status,
            @Schema(description = "The annual programme holding the item; null once withdrawn", examples = "9") Long planId,
            @Schema(description = "draft or agreed: whether the district has agreed to the programme with this item", examples = "draft")
            String planStatus,
            @Schema(description = "Null once withdrawn", examples = "44") Long planItemId,
            @Schema(description = "The item's current planned budget, VND", examples = "150000000") Long plannedVnd,
            @Schema(description = "Sum of valueVnd of the support records linked to the item", examples = "60000000") long deliveredVnd,
            @Schema(description = "Number of those records", examples = "1") long deliveredCount,
            OffsetDateTime withdrawnAt,
            String withdrawnBy,
            String withdrawalReason,
            @Schema(description = "Send back as If-Match: \"<version>\" to withdraw", examples = "0") long version,
            OffsetDateTime createdAt,
            String createdBy) {
    }

    @Schema(name = "NeedDelivery", description = "A support record linked to a pledge's plan item.")
    public record DeliveryView(
            @Schema(examples = "301") long supportRecordId,
            @Schema(examples = "3") long pledgeId,
            Ref organization,
            LocalDate supportDate,
            String description,
            @Schema(examples = "60000000") long valueVnd,
            @Schema(description = "recorded or confirmed", examples = "confirmed") String status) {
    }

    @Schema(name = "NeedDetail", description = "A need, its pledges (active and withdrawn) and the support delivered against them.")
    public record NeedDetail(NeedView need, List<PledgeView> pledges, List<DeliveryView> deliveries) {
    }
}
