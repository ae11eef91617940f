package vn.ketnghia.reporting.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.ketnghia.document.Spreadsheet;
import vn.ketnghia.document.VietnameseFormat;
import vn.ketnghia.document.Spreadsheet.Column;
import vn.ketnghia.document.Spreadsheet.Kind;
import vn.ketnghia.reporting.summary.SummaryDtos.DistrictThemes;
import vn.ketnghia.reporting.summary.SummaryDtos.MissingReporter;
import vn.ketnghia.reporting.summary.SummaryDtos.PlanVsActualTotals;
import vn.ketnghia.reporting.summary.SummaryDtos.ReporterText;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryCounts;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryView;
import vn.ketnghia.reporting.summary.SummaryDtos.ThemeItems;
import vn.ketnghia.support.SupportFigures.Figures;
import vn.ketnghia.support.SupportFigures.Line;

/**
 * The summary's tables as a workbook, one sheet each, for the province's own analysis. Each figure
 * line keeps its record count, so a reader can check it against the records it sums.
 */
final class SummaryWorkbook {

    static final String OVERVIEW = "Tổng hợp";
    static final String BY_AREA = "Theo lĩnh vực";
    static final String BY_CATEGORY = "Theo nội dung";
    static final String BY_DISTRICT = "Theo huyện";
    static final String BY_COMMUNE = "Theo xã";
    static final String BY_PARTNER_KIND = "Theo loại đơn vị";
    static final String BY_FUNDING_SOURCE = "Theo nguồn kinh phí";
    static final String BY_FORM = "Theo hình thức";
    static final String BY_ORGANIZATION = "Theo đơn vị kết nghĩa";
    static final String REPORTING = "Tình hình báo cáo";
    static final String DIFFICULTIES = "Khó khăn, vướng mắc";
    static final String RECOMMENDATIONS = "Kiến nghị, đề xuất";

    private SummaryWorkbook() {
    }

    static byte[] render(SummaryView view) {
        Figures figures = view.figures();
        Spreadsheet workbook = new Spreadsheet();
        workbook.sheet(OVERVIEW, List.of(new Column("Chỉ tiêu", Kind.TEXT, 60), new Column("Giá trị", Kind.VND, 22)),
                overview(view), false);
        figureSheet(workbook, BY_AREA, "Lĩnh vực", figures.byArea(), l -> SummaryLabels.area(l.key()), figures.total());
        figureSheet(workbook, BY_CATEGORY, "Nội dung hỗ trợ", figures.byCategory(), Line::label, figures.total());
        figureSheet(workbook, BY_DISTRICT, "Huyện", figures.byDistrict(), Line::label, figures.total());
        figureSheet(workbook, BY_COMMUNE, "Xã", figures.byCommune(), Line::label, figures.total());
        figureSheet(workbook, BY_PARTNER_KIND, "Loại đơn vị", figures.byPartnerKind(), l -> SummaryLabels.partnerKind(l.key()), figures.total());
        figureSheet(workbook, BY_FUNDING_SOURCE, "Nguồn kinh phí", figures.byFundingSource(), l -> SummaryLabels.fundingSource(l.key()), figures.total());
        figureSheet(workbook, BY_FORM, "Hình thức", figures.byForm(), l -> SummaryLabels.form(l.key()), figures.total());
        figureSheet(workbook, BY_ORGANIZATION, "Đơn vị kết nghĩa", figures.byOrganization(), Line::label, figures.total());
        workbook.sheet(REPORTING, List.of(new Column("Đơn vị", Kind.TEXT, 50), new Column("Tình trạng", Kind.TEXT, 18),
                new Column("Số ngày trễ/quá hạn", Kind.COUNT, 18)), reporting(view), false);
        narrativeSheet(workbook, DIFFICULTIES, view.difficulties());
        narrativeSheet(workbook, RECOMMENDATIONS, view.recommendations());
        return workbook.toBytes();
    }

    private static List<List<Object>> overview(SummaryView view) {
        Line total = view.figures().total();
        PlanVsActualTotals plan = view.planVsActual();
        SummaryCounts counts = view.completeness().totals();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Kỳ báo cáo", view.period().name()));
        rows.add(List.of("Số liệu từ ngày", VietnameseFormat.shortDate(view.period().windowStart())));
        rows.add(List.of("Số liệu đến ngày", VietnameseFormat.shortDate(view.period().windowEnd())));
        rows.add(List.of("Tổng giá trị hỗ trợ (đồng)", total.valueVnd()));
        rows.add(List.of("Giá trị đã được địa phương xác nhận (đồng)", total.confirmedVnd()));
        rows.add(List.of("Số lượt hỗ trợ (bản ghi)", total.records()));
        rows.add(List.of("Số hộ hưởng lợi", total.households()));
        rows.add(List.of("Số người hưởng lợi", total.people()));
        rows.add(List.of("Số học sinh hưởng lợi", total.students()));
        rows.add(List.of("Kế hoạch năm " + plan.year() + ": số chương trình đã thống nhất", plan.agreedProgrammes()));
        rows.add(List.of("Kế hoạch năm " + plan.year() + ": kinh phí kế hoạch (đồng)", plan.plannedVnd()));
        rows.add(List.of("Kế hoạch năm " + plan.year() + ": đã thực hiện (đồng)", plan.actualVnd()));
        rows.add(List.of("Số đơn vị phải báo cáo", counts.expected()));
        rows.add(List.of("Số đơn vị đã gửi báo cáo", counts.submitted()));
        rows.add(List.of("Số đơn vị gửi trễ hạn", counts.late()));
        rows.add(List.of("Số đơn vị quá hạn chưa gửi", counts.overdue()));
        return rows;
    }

    private static void figureSheet(Spreadsheet workbook, String name, String what, List<Line> lines,
                                    Function<Line, String> label, Line total) {
        List<Column> columns = List.of(
                new Column(what, Kind.TEXT, 45),
                new Column("Số bản ghi", Kind.COUNT, 12),
                new Column("Giá trị (đồng)", Kind.VND, 20),
                new Column("Đã xác nhận (đồng)", Kind.VND, 20),
                new Column("Số hộ", Kind.COUNT, 10),
                new Column("Số người", Kind.COUNT, 10),
                new Column("Số học sinh", Kind.COUNT, 12));
        List<List<Object>> rows = new ArrayList<>();
        lines.forEach(line -> rows.add(figureRow(label.apply(line), line)));
        rows.add(figureRow("Tổng cộng", total));
        workbook.sheet(name, columns, rows, true);
    }

    private static List<Object> figureRow(String label, Line line) {
        return List.of(label, line.records(), line.valueVnd(), line.confirmedVnd(), line.households(), line.people(), line.students());
    }

    private static List<List<Object>> reporting(SummaryView view) {
        List<List<Object>> rows = new ArrayList<>();
        view.completeness().late().forEach(l -> rows.add(List.of(l.reporterName(), SummaryLabels.timeliness("late"), l.daysLate())));
        for (MissingReporter m : view.completeness().missing()) {
            rows.add(List.of(m.reporterName(), SummaryLabels.timeliness(m.timeliness()), m.daysLate()));
        }
        return rows;
    }

    private static void narrativeSheet(Spreadsheet workbook, String name, List<DistrictThemes> districts) {
        List<Column> columns = List.of(new Column("Địa bàn", Kind.TEXT, 22), new Column("Chủ đề", Kind.TEXT, 28),
                new Column("Đơn vị báo cáo", Kind.TEXT, 40), new Column("Nội dung", Kind.TEXT, 90));
        List<List<Object>> rows = new ArrayList<>();
        for (DistrictThemes district : districts) {
            String where = district.districtName() == null ? SummaryLabels.WHOLE_PROGRAMME : district.districtName();
            for (ThemeItems theme : district.themes()) {
                for (ReporterText item : theme.items()) {
                    rows.add(List.of(where, SummaryLabels.theme(theme.theme()), item.reporterName(), item.text()));
                }
            }
        }
        workbook.sheet(name, columns, rows, false);
    }
}
