package vn.ketnghia.coverage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.ketnghia.coverage.CoverageDtos.AgreementRow;
import vn.ketnghia.coverage.CoverageDtos.CommuneRow;
import vn.ketnghia.coverage.CoverageDtos.OrganizationRow;
import vn.ketnghia.document.Spreadsheet;
import vn.ketnghia.document.Spreadsheet.Column;
import vn.ketnghia.document.Spreadsheet.Kind;
import vn.ketnghia.document.VietnameseFormat;

/** The coverage lists as XLSX, one sheet each, headings in Vietnamese, numbers as numeric cells. */
final class CoverageWorkbook {

    private static final Map<String, String> KINDS = Map.of(
            "department", "Sở, ban, ngành", "agency", "Cơ quan trung ương đóng trên địa bàn", "mass_organization", "Đoàn thể, hội",
            "enterprise", "Doanh nghiệp", "lowland_district", "Huyện, thị xã, thành phố đồng bằng", "other", "Khác");
    private static final Map<String, String> GAPS = Map.of(
            "no_recent_support", "Không có hỗ trợ gần đây", "no_agreed_plan", "Chưa có chương trình năm được thống nhất",
            "no_report", "Chưa báo cáo");
    private static final Map<String, String> REPORT_STATUSES = Map.of(
            "draft", "Chưa gửi", "submitted", "Đã gửi", "returned", "Bị trả lại", "accepted", "Đã tiếp nhận");

    private CoverageWorkbook() {
    }

    static byte[] communes(List<CommuneRow> rows) {
        List<Column> columns = List.of(new Column("Xã", Kind.TEXT, 24), new Column("Huyện", Kind.TEXT, 20),
                new Column("Xã ĐBKK", Kind.TEXT, 10), new Column("Vùng DTTS", Kind.TEXT, 10), new Column("Biên giới", Kind.TEXT, 10),
                new Column("Đơn vị kết nghĩa", Kind.TEXT, 40), new Column("Số đơn vị", Kind.COUNT, 10),
                new Column("Huyện có kết nghĩa cấp huyện", Kind.TEXT, 14), new Column("Hỗ trợ gần nhất", Kind.TEXT, 14),
                new Column("Giá trị nhận được (đồng)", Kind.VND, 20), new Column("Giám sát gần nhất", Kind.TEXT, 14),
                new Column("Số ngày từ lần giám sát", Kind.COUNT, 14));
        List<List<Object>> table = new ArrayList<>();
        for (CommuneRow r : rows) {
            table.add(list(r.name(), r.district().name(), yes(r.especiallyDifficult()), yes(r.ethnicMinorityArea()), yes(r.border()),
                    r.partners().stream().map(CoverageDtos.Partner::name).collect(Collectors.joining("; ")), r.partnerCount(),
                    yes(r.districtTwinning()), date(r.lastSupportDate()), r.receivedVnd(), date(r.lastVisitDate()),
                    r.daysSinceVisit() == null ? "Chưa giám sát" : r.daysSinceVisit()));
        }
        return new Spreadsheet().sheet("Xã", columns, table, false).toBytes();
    }

    static byte[] organizations(List<OrganizationRow> rows) {
        List<Column> columns = List.of(new Column("Đơn vị", Kind.TEXT, 40), new Column("Mã", Kind.TEXT, 12),
                new Column("Loại", Kind.TEXT, 24), new Column("Thỏa thuận hiệu lực", Kind.COUNT, 12),
                new Column("Thỏa thuận đề xuất", Kind.COUNT, 12), new Column("Tham gia", Kind.TEXT, 10),
                new Column("Hỗ trợ gần nhất", Kind.TEXT, 14), new Column("Giá trị hỗ trợ (đồng)", Kind.VND, 20));
        List<List<Object>> table = new ArrayList<>();
        for (OrganizationRow r : rows) {
            table.add(list(r.name(), r.code(), KINDS.getOrDefault(r.kind(), r.kind()), r.activeAgreements(), r.proposedAgreements(),
                    yes(r.participating()), date(r.lastSupportDate()), r.givenVnd()));
        }
        return new Spreadsheet().sheet("Đơn vị", columns, table, false).toBytes();
    }

    static byte[] agreements(List<AgreementRow> rows, int planYear) {
        List<Column> columns = List.of(new Column("Số thỏa thuận", Kind.TEXT, 14), new Column("Đơn vị kết nghĩa", Kind.TEXT, 36),
                new Column("Địa phương nhận", Kind.TEXT, 24), new Column("Huyện", Kind.TEXT, 20),
                new Column("Hỗ trợ gần nhất", Kind.TEXT, 14), new Column("Số tháng từ lần hỗ trợ", Kind.COUNT, 12),
                new Column("Chương trình năm " + planYear + " đã thống nhất", Kind.TEXT, 16),
                new Column("Báo cáo kỳ gần nhất", Kind.TEXT, 30), new Column("Giám sát gần nhất", Kind.TEXT, 14),
                new Column("Số ngày từ lần giám sát", Kind.COUNT, 14), new Column("Thiếu", Kind.TEXT, 40));
        List<List<Object>> table = new ArrayList<>();
        for (AgreementRow r : rows) {
            String report = r.latestReport() == null ? ""
                    : r.latestReport().reportingPeriodName() + ": "
                    + (r.latestReport().excused() ? "Được miễn" : REPORT_STATUSES.getOrDefault(r.latestReport().status(), r.latestReport().status()));
            table.add(list(r.documentNumber(), r.organization().name(), r.recipient().name(), r.district().name(),
                    date(r.lastSupportDate()), r.monthsSinceSupport(), yes(r.agreedPlan()), report, date(r.lastVisitDate()),
                    r.daysSinceVisit(), r.gaps().stream().map(g -> GAPS.getOrDefault(g, g)).collect(Collectors.joining("; "))));
        }
        return new Spreadsheet().sheet("Thỏa thuận", columns, table, false).toBytes();
    }

    private static List<Object> list(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(value);
        }
        return row;
    }

    private static String yes(boolean value) {
        return value ? "Có" : "Không";
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : VietnameseFormat.shortDate(date);
    }
}
