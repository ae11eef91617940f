package vn.ketnghia.stats;

import java.util.ArrayList;
import java.util.List;
import vn.ketnghia.document.Spreadsheet;
import vn.ketnghia.document.Spreadsheet.Column;
import vn.ketnghia.document.Spreadsheet.Kind;
import vn.ketnghia.stats.StatsDtos.PlanRow;
import vn.ketnghia.stats.StatsDtos.PlanStats;
import vn.ketnghia.stats.StatsDtos.StatsKey;
import vn.ketnghia.stats.StatsDtos.SupportRow;
import vn.ketnghia.stats.StatsDtos.SupportStats;

/** The statistics tables as one-sheet workbooks: a column per dimension, numeric cells, a bold total row. */
final class StatsWorkbook {

    static final String TOTAL = "Tổng cộng";

    private StatsWorkbook() {
    }

    static byte[] support(SupportStats stats) {
        List<Column> columns = dimensionColumns(stats.groupBy());
        columns.add(new Column("Giá trị hỗ trợ (đồng)", Kind.VND, 20));
        columns.add(new Column("Tiền mặt (đồng)", Kind.VND, 18));
        columns.add(new Column("Hiện vật (đồng)", Kind.VND, 18));
        columns.add(new Column("Đã xác nhận (đồng)", Kind.VND, 18));
        columns.add(new Column("Số lượt hỗ trợ", Kind.COUNT, 12));
        columns.add(new Column("Số hộ", Kind.COUNT, 10));
        columns.add(new Column("Số người", Kind.COUNT, 10));
        columns.add(new Column("Số học sinh", Kind.COUNT, 10));
        List<List<Object>> rows = new ArrayList<>();
        for (SupportRow row : stats.groupBy().isEmpty() ? List.<SupportRow>of() : stats.rows()) {
            List<Object> cells = labels(row.keys());
            cells.addAll(List.of(row.valueVnd(), row.cashVnd(), row.inKindVnd(), row.confirmedVnd(), row.records(),
                    row.households(), row.people(), row.students()));
            rows.add(cells);
        }
        var t = stats.total();
        List<Object> total = totalLabels(stats.groupBy().size());
        total.addAll(List.of(t.valueVnd(), t.cashVnd(), t.inKindVnd(), t.confirmedVnd(), t.records(), t.households(),
                t.people(), t.students()));
        rows.add(total);
        return new Spreadsheet().sheet("Thống kê hỗ trợ", columns, rows, true).toBytes();
    }

    static byte[] plans(PlanStats stats) {
        List<Column> columns = dimensionColumns(stats.groupBy());
        columns.add(new Column("Kế hoạch đã thống nhất (đồng)", Kind.VND, 22));
        columns.add(new Column("Đã thực hiện (đồng)", Kind.VND, 20));
        columns.add(new Column("Số chương trình năm", Kind.COUNT, 14));
        columns.add(new Column("Đã thống nhất", Kind.COUNT, 14));
        List<List<Object>> rows = new ArrayList<>();
        for (PlanRow row : stats.groupBy().isEmpty() ? List.<PlanRow>of() : stats.rows()) {
            List<Object> cells = labels(row.keys());
            cells.addAll(List.of(row.plannedVnd(), row.actualVnd(), row.plans(), row.agreedPlans()));
            rows.add(cells);
        }
        var t = stats.total();
        List<Object> total = totalLabels(stats.groupBy().size());
        total.addAll(List.of(t.plannedVnd(), t.actualVnd(), t.plans(), t.agreedPlans()));
        rows.add(total);
        return new Spreadsheet().sheet("Kế hoạch và thực hiện", columns, rows, true).toBytes();
    }

    private static List<Column> dimensionColumns(List<String> groupBy) {
        List<Column> columns = new ArrayList<>();
        if (groupBy.isEmpty()) {
            columns.add(new Column("", Kind.TEXT, 16));
        }
        for (String code : groupBy) {
            StatsDimension dimension = StatsDimension.parse(code, List.of(StatsDimension.values())).getFirst();
            columns.add(new Column(StatsLabels.header(dimension), Kind.TEXT, dimension == StatsDimension.YEAR ? 8 : 36));
        }
        return columns;
    }

    private static List<Object> labels(List<StatsKey> keys) {
        List<Object> cells = new ArrayList<>();
        keys.forEach(k -> cells.add(k.label()));
        return cells;
    }

    /** "Tổng cộng" in the first column (an ungrouped table has only this row), blanks under the other dimensions. */
    private static List<Object> totalLabels(int dimensions) {
        List<Object> cells = new ArrayList<>();
        cells.add(TOTAL);
        for (int i = 1; i < dimensions; i++) {
            cells.add("");
        }
        return cells;
    }
}
