package vn.ketnghia.reporting.summary;

import java.util.Map;
import vn.ketnghia.catalog.SupportArea;

/**
 * Vietnamese names of the codes the API sends as codes. JSON keeps the codes (clients translate
 * them); documents and workbooks are read by people, so they print these.
 */
final class SummaryLabels {

    static final String WHOLE_PROGRAMME = "Chung toàn tỉnh";

    private static final Map<String, String> THEMES = Map.of(
            "spiritual", "Tinh thần, giao lưu",
            "material", "Vật chất",
            "production", "Phát triển sản xuất, giảm nghèo bền vững",
            "coordination", "Tổ chức, phối hợp thực hiện",
            "other", "Nội dung khác");

    private static final Map<String, String> FORMS = Map.of(
            "cash", "Tiền mặt",
            "in_kind", "Hiện vật");

    private static final Map<String, String> FUNDING_SOURCES = Map.of(
            "own_budget", "Ngân sách đơn vị",
            "staff_contributions", "Cán bộ, công chức đóng góp",
            "mobilised_enterprise", "Vận động doanh nghiệp",
            "other", "Nguồn khác");

    private static final Map<String, String> PARTNER_KINDS = Map.of(
            "department", "Sở, ngành",
            "agency", "Cơ quan, đơn vị",
            "mass_organization", "Đoàn thể",
            "enterprise", "Doanh nghiệp",
            "lowland_district", "Huyện đồng bằng",
            "other", "Khác");

    private static final Map<String, String> TIMELINESS = Map.of(
            "excused", "Được miễn",
            "pending", "Chưa đến hạn",
            "overdue", "Quá hạn",
            "on_time", "Đúng hạn",
            "late", "Trễ hạn");

    private SummaryLabels() {
    }

    static String theme(String code) {
        return THEMES.getOrDefault(code, code);
    }

    static String area(String code) {
        for (SupportArea area : SupportArea.values()) {
            if (area.code().equals(code)) {
                return area.vietnameseName();
            }
        }
        return code;
    }

    static String form(String code) {
        return FORMS.getOrDefault(code, code);
    }

    static String fundingSource(String code) {
        return FUNDING_SOURCES.getOrDefault(code, code);
    }

    static String partnerKind(String code) {
        return PARTNER_KINDS.getOrDefault(code, code);
    }

    static String timeliness(String code) {
        return TIMELINESS.getOrDefault(code, code);
    }
}
