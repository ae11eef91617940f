package vn.ketnghia.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ketnghia.agreement.AgreementSummary;
import vn.ketnghia.common.history.HistoryEntry;

public final class VisitDtos {

    private VisitDtos() {
    }

    @Schema(name = "MonitoringVisitRequest", description = "A joint follow-up, supervision or inspection visit, with the action points it agreed.")
    public record MonitoringVisitRequest(
            @NotNull @Positive @Schema(description = "A signed (not proposed) agreement in your scope", examples = "17") Long agreementId,
            @NotNull @Schema(description = "Not before the agreement started and not in the future", examples = "2017-06-12") LocalDate visitDate,
            @NotBlank @Size(max = 2000) @Schema(examples = "Sở NN&PTNT (ông Trần Văn Bình); UBND xã A Vao (bà Hồ Thị Lan)") String participants,
            @Size(max = 8000) @Schema(examples = "Mô hình nuôi bò sinh sản phát triển tốt; 3 hộ chưa làm chuồng.") String findings,
            @Size(max = 50) @Schema(description = "Optional; each starts open") List<@Valid @NotNull ActionPointRequest> actionPoints) {
    }

    @Schema(name = "MonitoringVisitUpdate", description = "The visit's own fields. Action points change through their own endpoints.")
    public record MonitoringVisitUpdate(
            @NotNull @Schema(examples = "2017-06-12") LocalDate visitDate,
            @NotBlank @Size(max = 2000) String participants,
            @Size(max = 8000) String findings) {
    }

    @Schema(name = "ActionPointRequest", description = "Something the visit asked someone to do. Status moves only through the start, complete, cancel and reopen steps.")
    public record ActionPointRequest(
            @NotBlank @Size(max = 2000) @Schema(examples = "Hướng dẫn 3 hộ còn lại làm chuồng bò") String description,
            @NotBlank @Size(max = 200) @Schema(description = "Who must act, in words", examples = "Trạm Khuyến nông huyện Nam Giang") String owner,
            @Schema(description = "Not before the visit", examples = "2017-08-31") LocalDate dueDate) {
    }

    @Schema(name = "ActionPointCompletion", description = "When the action point was done (today when left out) and an optional note.")
    public record Completion(
            @Schema(description = "Not before the visit and not in the future", examples = "2017-08-20") LocalDate completedOn,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "ActionPointNote", description = "An optional note explaining a step.")
    public record StepNote(@Size(max = 2000) @Schema(examples = "Hộ dân đã chuyển đi nơi khác") String note) {
    }

    @Schema(name = "ActionPoint")
    public record ActionPointView(
            @Schema(examples = "88") long id,
            @Schema(examples = "25") long visitId,
            String description,
            String owner,
            LocalDate dueDate,
            ActionPointStatus status,
            LocalDate completedOn,
            @Schema(description = "Open or in progress and due before today (Vietnam time)") boolean overdue,
            @Schema(description = "Send back as If-Match: \"<version>\"", examples = "0") long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static ActionPointView of(ActionPoint ap, LocalDate today) {
            return new ActionPointView(ap.id, ap.visit.id, ap.description, ap.owner, ap.dueDate, ap.status, ap.completedOn,
                    ap.overdueOn(today), ap.version, ap.createdAt, ap.createdBy, ap.updatedAt, ap.updatedBy);
        }
    }

    @Schema(name = "MonitoringVisit")
    public record MonitoringVisitView(
            @Schema(examples = "25") long id,
            AgreementSummary agreement,
            LocalDate visitDate,
            String participants,
            String findings,
            @Schema(description = "In the order they were agreed") List<ActionPointView> actionPoints,
            @Schema(description = "Send back as If-Match: \"<version>\". Moves when an action point of the visit changes.", examples = "0")
            long version,
            OffsetDateTime createdAt,
            String createdBy,
            OffsetDateTime updatedAt,
            String updatedBy) {

        static MonitoringVisitView of(MonitoringVisit v, List<ActionPointView> actionPoints) {
            return new MonitoringVisitView(v.id, AgreementSummary.of(v.agreement), v.visitDate, v.participants, v.findings,
                    actionPoints, v.version, v.createdAt, v.createdBy, v.updatedAt, v.updatedBy);
        }
    }

    @Schema(name = "ActionPointCounts", description = "How the visit's action points stand.")
    public record ActionPointCounts(
            @Schema(examples = "4") long total,
            @Schema(description = "Open or in progress", examples = "2") long open,
            @Schema(description = "Open or in progress and due before today", examples = "1") long overdue) {

        static final ActionPointCounts NONE = new ActionPointCounts(0, 0, 0);
    }

    @Schema(name = "MonitoringVisitListItem", description = "A visit in a list, with counts of its action points instead of the points.")
    public record MonitoringVisitListItem(
            @Schema(examples = "25") long id,
            AgreementSummary agreement,
            LocalDate visitDate,
            String participants,
            String findings,
            ActionPointCounts actionPoints,
            long version,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static MonitoringVisitListItem of(MonitoringVisit v, ActionPointCounts counts) {
            return new MonitoringVisitListItem(v.id, AgreementSummary.of(v.agreement), v.visitDate, v.participants, v.findings,
                    counts, v.version, v.createdAt, v.updatedAt);
        }
    }

    @Schema(name = "VisitRef", description = "The visit an action point came from.")
    public record VisitRef(@Schema(examples = "25") long id, LocalDate visitDate) {
    }

    @Schema(name = "ActionPointListItem", description = "An action point with its visit and agreement, for lists across visits.")
    public record ActionPointListItem(
            @Schema(examples = "88") long id,
            VisitRef visit,
            AgreementSummary agreement,
            String description,
            String owner,
            LocalDate dueDate,
            ActionPointStatus status,
            LocalDate completedOn,
            boolean overdue,
            long version,
            OffsetDateTime updatedAt) {

        static ActionPointListItem of(ActionPoint ap, LocalDate today) {
            return new ActionPointListItem(ap.id, new VisitRef(ap.visit.id, ap.visit.visitDate), AgreementSummary.of(ap.visit.agreement),
                    ap.description, ap.owner, ap.dueDate, ap.status, ap.completedOn, ap.overdueOn(today), ap.version, ap.updatedAt);
        }
    }

    @Schema(name = "VisitHistoryEntry", description = "A change of the visit or of one of its action points.")
    public record VisitHistoryEntry(
            @Schema(description = "monitoring_visit or action_point", examples = "action_point") String entityType,
            @Schema(examples = "88") long entityId,
            HistoryEntry change) {
    }

    /** The visit's own fields as kept in its history; action points have histories of their own. */
    record VisitSnapshot(long id, AgreementSummary agreement, LocalDate visitDate, String participants, String findings,
                         long version, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {

        static VisitSnapshot of(MonitoringVisit v) {
            return new VisitSnapshot(v.id, AgreementSummary.of(v.agreement), v.visitDate, v.participants, v.findings,
                    v.version, v.createdAt, v.createdBy, v.updatedAt, v.updatedBy);
        }
    }
}
