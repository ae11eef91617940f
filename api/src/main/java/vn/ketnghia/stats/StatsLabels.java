package vn.ketnghia.stats;

import java.util.Map;
import vn.ketnghia.catalog.SupportArea;

/** Vietnamese names of the codes the statistics return, for keys' labels and workbook cells. */
final class StatsLabels {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("form:cash", "Tiền mặt"),
            Map.entry("form:in_kind", "Hiện vật"),
            Map.entry("fundingSource:own_budget", "Ngân sách đơn vị"),
            Map.entry("fundingSource:staff_contributions", "Cán bộ, công chức đóng góp"),
            Map.entry("fundingSource:mobilised_enterprise", "Vận động doanh nghiệp"),
            Map.entry("fundingSource:other", "Nguồn khác"),
            Map.entry("partnerKind:department", "Sở, ngành"),
            Map.entry("partnerKind:agency", "Cơ quan, đơn vị"),
            Map.entry("partnerKind:mass_organization", "Đoàn thể"),
            Map.entry("partnerKind:enterprise", "Doanh nghiệp"),
            Map.entry("partnerKind:lowland_district", "Huyện đồng bằng"),
            Map.entry("partnerKind:other", "Khác"),
            Map.entry("status:recorded", "Đã ghi nhận"),
            Map.entry("status:confirmed", "Đã xác nhận"));

    private static final Map<String, String> HEADERS = Map.ofEntries(
            Map.entry("year", "Năm"),
            Map.entry("area", "Lĩnh vực"),
            Map.entry("category", "Nội dung hỗ trợ"),
            Map.entry("province", "Tỉnh"),
            Map.entry("district", "Huyện"),
            Map.entry("commune", "Xã (nơi nhận)"),
            Map.entry("organization", "Đơn vị kết nghĩa"),
            Map.entry("partnerKind", "Loại đơn vị"),
            Map.entry("fundingSource", "Nguồn kinh phí"),
            Map.entry("form", "Hình thức"),
            Map.entry("status", "Trạng thái"));

    private StatsLabels() {
    }

    static String of(StatsDimension dimension, String code) {
        if (dimension == StatsDimension.AREA) {
            for (SupportArea area : SupportArea.values()) {
                if (area.code().equals(code)) {
                    return area.vietnameseName();
                }
            }
        }
        return CODES.getOrDefault(dimension.code + ":" + code, code);
    }

    static String header(StatsDimension dimension) {
        return HEADERS.getOrDefault(dimension.code, dimension.code);
    }
}
