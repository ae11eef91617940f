package vn.ketnghia.reporting.summary;

import static vn.ketnghia.document.VietnameseFormat.money;
import static vn.ketnghia.document.VietnameseFormat.number;
import static vn.ketnghia.document.VietnameseFormat.percent;
import static vn.ketnghia.document.VietnameseFormat.shortDate;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.ketnghia.common.time.ProgrammeDate;
import vn.ketnghia.document.DocumentSettings;
import vn.ketnghia.document.IssueOptions;
import vn.ketnghia.document.OfficialDocument;
import vn.ketnghia.document.OfficialDocument.Align;
import vn.ketnghia.document.OfficialDocument.Column;
import vn.ketnghia.reporting.summary.SummaryDtos.DistrictThemes;
import vn.ketnghia.reporting.summary.SummaryDtos.LateReporter;
import vn.ketnghia.reporting.summary.SummaryDtos.MissingReporter;
import vn.ketnghia.reporting.summary.SummaryDtos.PlanVsActualTotals;
import vn.ketnghia.reporting.summary.SummaryDtos.ReporterText;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryCounts;
import vn.ketnghia.reporting.summary.SummaryDtos.SummaryView;
import vn.ketnghia.reporting.summary.SummaryDtos.ThemeItems;
import vn.ketnghia.support.SupportFigures.Figures;
import vn.ketnghia.support.SupportFigures.Line;

/** The province summary as a báo cáo (BC) for the Provincial People's Committee and the Party Standing Committee. */
final class SummaryDocument {

    static final String SUBJECT = "Kết quả thực hiện công tác kết nghĩa, giúp đỡ các xã đặc biệt khó khăn miền núi";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SummaryDocument() {
    }

    static byte[] render(SummaryView view, IssueOptions options, DocumentSettings settings) {
        var period = view.period();
        Figures figures = view.figures();
        OfficialDocument doc = OfficialDocument.start(options.heading(settings, settings.reportSymbol(), null))
                .title("Báo cáo", SUBJECT, period.name());
        doc.paragraph("Thực hiện " + settings.programmeBasis() + ", " + settings.issuerInText()
                + " báo cáo kết quả thực hiện công tác kết nghĩa, giúp đỡ các xã đặc biệt khó khăn miền núi, "
                + period.name() + " (số liệu từ ngày " + shortDate(period.windowStart()) + " đến ngày "
                + shortDate(period.windowEnd()) + ") như sau:");

        doc.section("I. TÌNH HÌNH THỰC HIỆN");
        doc.subsection("1. Kết quả chung");
        Line total = figures.total();
        doc.item("Tổng giá trị hỗ trợ: " + money(total.valueVnd()) + ", gồm " + number(total.records())
                + " lượt hỗ trợ; trong đó đã được địa phương xác nhận " + money(total.confirmedVnd()) + ".");
        doc.item("Đối tượng hưởng lợi: " + number(total.households()) + " hộ, " + number(total.people()) + " người, "
                + number(total.students()) + " học sinh.");
        PlanVsActualTotals plan = view.planVsActual();
        doc.item("Chương trình hỗ trợ năm " + plan.year() + ": " + number(plan.agreedProgrammes())
                + " chương trình đã được địa phương thống nhất, kinh phí kế hoạch " + money(plan.plannedVnd())
                + "; đã thực hiện " + money(plan.actualVnd()) + " (" + percent(plan.actualVnd(), plan.plannedVnd())
                + " kế hoạch, tính đến ngày " + shortDate(plan.actualUpTo()) + ")"
                + (plan.draftProgrammes() > 0 ? "; còn " + number(plan.draftProgrammes()) + " chương trình chưa được thống nhất" : "")
                + ".");

        doc.subsection("2. Theo lĩnh vực hỗ trợ");
        doc.table(figureColumns("Lĩnh vực, nội dung hỗ trợ"), areaRows(figures), true);
        doc.subsection("3. Theo huyện nhận hỗ trợ");
        doc.table(figureColumns("Huyện"), rows(figures.byDistrict(), Line::label, total), true);
        doc.subsection("4. Theo loại đơn vị kết nghĩa");
        doc.table(figureColumns("Loại đơn vị"), rows(figures.byPartnerKind(), l -> SummaryLabels.partnerKind(l.key()), total), true);
        doc.subsection("5. Theo nguồn kinh phí");
        doc.table(figureColumns("Nguồn kinh phí"), rows(figures.byFundingSource(), l -> SummaryLabels.fundingSource(l.key()), total), true);
        doc.subsection("6. Theo hình thức hỗ trợ");
        doc.table(figureColumns("Hình thức"), rows(figures.byForm(), l -> SummaryLabels.form(l.key()), total), true);
        if (!view.results().isEmpty()) {
            doc.subsection("7. Kết quả do các đơn vị báo cáo");
            for (ReporterText result : view.results()) {
                doc.paragraph(result.reporterName() + ": ", firstLine(result.text()));
                String rest = afterFirstLine(result.text());
                if (!rest.isEmpty()) {
                    doc.paragraph(rest);
                }
            }
        }

        doc.section("II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ");
        SummaryCounts counts = view.completeness().totals();
        doc.paragraph("Số đơn vị phải báo cáo: " + counts.expected()
                + (counts.excused() > 0 ? " (không kể " + counts.excused() + " đơn vị được miễn)" : "")
                + "; đã gửi báo cáo: " + counts.submitted() + " (đạt " + percent(counts.submitted(), counts.expected())
                + "), trong đó đúng hạn " + counts.onTime() + ", trễ hạn " + counts.late()
                + "; chưa gửi: " + (counts.overdue() + counts.pending()) + " (quá hạn " + counts.overdue()
                + ", chưa đến hạn " + counts.pending() + "); báo cáo bị trả lại chưa gửi lại: " + counts.returned()
                + "; đã tiếp nhận: " + counts.accepted() + ".");
        List<LateReporter> late = view.completeness().late();
        if (late.isEmpty()) {
            doc.paragraph("Không có đơn vị gửi báo cáo trễ hạn.");
        } else {
            doc.paragraph("Các đơn vị gửi báo cáo trễ hạn:");
            late.forEach(l -> doc.item(l.reporterName() + " (trễ " + l.daysLate() + " ngày)."));
        }
        List<MissingReporter> missing = view.completeness().missing();
        if (missing.isEmpty()) {
            doc.paragraph("Tất cả các đơn vị đã gửi báo cáo.");
        } else {
            doc.paragraph("Các đơn vị chưa gửi báo cáo:");
            missing.forEach(m -> doc.item(m.reporterName() + (m.timeliness().equals("overdue")
                    ? " (quá hạn " + m.daysLate() + " ngày)." : " (chưa đến hạn).")));
        }

        doc.section("III. KHÓ KHĂN, VƯỚNG MẮC");
        narrative(doc, view.difficulties(), "Các đơn vị không báo cáo khó khăn, vướng mắc.");
        doc.section("IV. KIẾN NGHỊ, ĐỀ XUẤT");
        narrative(doc, view.recommendations(), "Các đơn vị không có kiến nghị, đề xuất.");
        doc.paragraph("Trên đây là báo cáo kết quả thực hiện công tác kết nghĩa, giúp đỡ các xã đặc biệt khó khăn miền núi, "
                + period.name() + " của " + settings.issuerInText() + "./.");
        doc.closing(settings.summaryRecipients(), options.signature(settings));

        doc.pageBreak().title("Phụ lục", "Giá trị hỗ trợ theo đơn vị kết nghĩa", period.name());
        doc.note("Mọi số liệu trong báo cáo này là tổng của các bản ghi hỗ trợ trên hệ thống Kết Nghĩa có ngày hỗ trợ từ ngày "
                + shortDate(period.windowStart()) + " đến ngày " + shortDate(period.windowEnd())
                + " (tổng hợp lúc " + view.generatedAt().atZoneSameInstant(ProgrammeDate.ZONE).format(TIME) + " ngày "
                + shortDate(view.generatedAt().atZoneSameInstant(ProgrammeDate.ZONE).toLocalDate())
                + "); số lượt là số bản ghi được cộng. Giá trị đã xác nhận là phần được địa phương nhận hỗ trợ xác nhận. "
                + "Số liệu của từng dòng có thể tra cứu đến từng bản ghi trên Cổng thông tin Kết Nghĩa.");
        doc.table(figureColumns("Đơn vị kết nghĩa"), rows(figures.byOrganization(), Line::label, total), true);
        return doc.toBytes();
    }

    private static List<Column> figureColumns(String what) {
        return List.of(
                new Column("TT", 6, Align.CENTER),
                new Column(what, 40, Align.LEFT),
                new Column("Số lượt", 11, Align.RIGHT),
                new Column("Giá trị (đồng)", 22, Align.RIGHT),
                new Column("Đã xác nhận (đồng)", 21, Align.RIGHT));
    }

    /** Areas numbered I, II, III with their categories under them. */
    private static List<List<String>> areaRows(Figures figures) {
        List<List<String>> rows = new ArrayList<>();
        String[] roman = {"I", "II", "III", "IV", "V", "VI"};
        int index = 0;
        for (Line area : figures.byArea()) {
            rows.add(figureRow(index < roman.length ? roman[index] : String.valueOf(index + 1), SummaryLabels.area(area.key()), area));
            index++;
            int category = 1;
            for (Line line : figures.byCategory()) {
                if (area.key().equals(line.parentKey())) {
                    rows.add(figureRow(String.valueOf(category++), line.label(), line));
                }
            }
        }
        rows.add(figureRow("", "Tổng cộng", figures.total()));
        return rows;
    }

    private static List<List<String>> rows(List<Line> lines, Function<Line, String> label, Line total) {
        List<List<String>> rows = new ArrayList<>();
        int index = 1;
        for (Line line : lines) {
            rows.add(figureRow(String.valueOf(index++), label.apply(line), line));
        }
        rows.add(figureRow("", "Tổng cộng", total));
        return rows;
    }

    private static List<String> figureRow(String index, String label, Line line) {
        return List.of(index, label, number(line.records()), number(line.valueVnd()), number(line.confirmedVnd()));
    }

    private static void narrative(OfficialDocument doc, List<DistrictThemes> districts, String none) {
        if (districts.isEmpty()) {
            doc.paragraph(none);
            return;
        }
        int index = 1;
        for (DistrictThemes district : districts) {
            doc.subsection(index++ + ". " + (district.districtName() == null ? SummaryLabels.WHOLE_PROGRAMME
                    : district.districtName()));
            for (ThemeItems theme : district.themes()) {
                doc.paragraph(SummaryLabels.theme(theme.theme()) + ":", "");
                for (ReporterText item : theme.items()) {
                    doc.item(item.text().strip() + " (" + item.reporterName() + ")");
                }
            }
        }
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end).strip();
    }

    private static String afterFirstLine(String text) {
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? "" : stripped.substring(end + 1).strip();
    }
}
