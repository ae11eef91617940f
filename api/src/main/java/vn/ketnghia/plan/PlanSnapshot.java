package vn.ketnghia.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.ketnghia.common.web.Ref;

/**
 * The content of a plan as the history keeps it. Unlike the view it leaves out the actual figures
 * (they move with support records, not with the plan) and the audit stamps (the history entry has
 * its own), so a history diff shows only what someone changed. The "agreed" entry thus records
 * exactly the items the district agreed to.
 */
public record PlanSnapshot(long id, long agreementId, PlanKind kind, Integer year, String title, String notes,
                           PlanStatus status, OffsetDateTime agreedAt, String agreedBy, String agreementNote,
                           List<Item> items) {

    static PlanSnapshot of(Plan p, List<PlanItem> items) {
        return new PlanSnapshot(p.id, p.agreement.id, p.kind, p.year, p.title, p.notes, p.status, p.agreedAt, p.agreedBy,
                p.agreementNote, items.stream().map(Item::of).toList());
    }

    public record Item(long id, Ref category, String description, BigDecimal targetQuantity, String unitOfMeasure,
                       long plannedVnd, LocalDate startDate, LocalDate endDate) {

        static Item of(PlanItem i) {
            return new Item(i.id, PlanDtos.categoryRef(i), i.description, i.targetQuantity, i.unitOfMeasure, i.plannedVnd,
                    i.startDate, i.endDate);
        }
    }
}
