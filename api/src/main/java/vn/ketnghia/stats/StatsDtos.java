package vn.ketnghia.stats;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The wire shapes of the statistics endpoints. Money is whole VND; every figure is an exact sum. */
public final class StatsDtos {

    private StatsDtos() {
    }

    @Schema(description = "One coordinate of a row: the dimension, and which member of it. Entity dimensions (district, "
            + "commune, organization, category, province) carry the id and the catalogue code; enum dimensions (area, "
            + "partnerKind, fundingSource, form, status) carry the wire code (material, own_budget, cash, department…) "
            + "and no id; year carries the year as code and label.")
    public record StatsKey(
            @Schema(description = "The groupBy dimension this key belongs to") String dimension,
            @Schema(description = "The row's id for entity dimensions; null for enums and years") Long id,
            @Schema(description = "Catalogue code, enum code or year") String code,
            @Schema(description = "Vietnamese name to show") String label) {
    }

    @Schema(description = "Sums over every matching support record. cashVnd + inKindVnd = valueVnd; confirmedVnd is the part "
            + "the receiving district has confirmed; households, people and students add up the records' beneficiaries "
            + "(a household helped twice counts twice).")
    public record SupportTotal(long valueVnd, long cashVnd, long inKindVnd, long records, long households, long people,
                               long students, long confirmedVnd) {

        static final SupportTotal ZERO = new SupportTotal(0, 0, 0, 0, 0, 0, 0, 0);

        SupportTotal plus(SupportRow row) {
            return new SupportTotal(valueVnd + row.valueVnd(), cashVnd + row.cashVnd(), inKindVnd + row.inKindVnd(),
                    records + row.records(), households + row.households(), people + row.people(),
                    students + row.students(), confirmedVnd + row.confirmedVnd());
        }
    }

    @Schema(description = "The sums of one group; keys in the order of groupBy")
    public record SupportRow(List<StatsKey> keys, long valueVnd, long cashVnd, long inKindVnd, long records,
                             long households, long people, long students, long confirmedVnd) {
    }

    @Schema(description = "Support statistics. total covers every matching record, also when rows are truncated by limit; "
            + "when truncated is false the rows add up to total exactly.")
    public record SupportStats(List<String> groupBy, SupportTotal total, List<SupportRow> rows, boolean truncated) {
    }

    @Schema(description = "Plan against actual of annual programmes. plannedVnd: items of agreed annual programmes; "
            + "actualVnd: support records of the same agreements dated in the programme's year; plans: annual programmes "
            + "(draft and agreed); agreedPlans: those agreed.")
    public record PlanTotal(long plannedVnd, long actualVnd, long plans, long agreedPlans) {

        static final PlanTotal ZERO = new PlanTotal(0, 0, 0, 0);

        PlanTotal plus(PlanRow row) {
            return new PlanTotal(plannedVnd + row.plannedVnd(), actualVnd + row.actualVnd(), plans + row.plans(),
                    agreedPlans + row.agreedPlans());
        }
    }

    @Schema(description = "Plan against actual of one group; keys in the order of groupBy")
    public record PlanRow(List<StatsKey> keys, long plannedVnd, long actualVnd, long plans, long agreedPlans) {
    }

    @Schema(description = "Plan against actual. Without area in groupBy, total equals the sum of rows (when not truncated); "
            + "grouped by area, a programme with items in two areas counts once in each, so plans may add up to more than total.plans.")
    public record PlanStats(List<String> groupBy, PlanTotal total, List<PlanRow> rows, boolean truncated) {
    }
}
