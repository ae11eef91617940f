package vn.ketnghia.joining;

import static vn.ketnghia.document.VietnameseFormat.shortDate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ketnghia.catalog.Period;
import vn.ketnghia.document.DocumentSettings;
import vn.ketnghia.document.IssueOptions;
import vn.ketnghia.document.OfficialDocument;
import vn.ketnghia.document.OfficialDocument.Align;
import vn.ketnghia.document.OfficialDocument.Column;
import vn.ketnghia.joining.JoiningDtos.EligibleCommune;

/**
 * The công văn mời tham gia (notice 135/TB-UBND, task 3): the Ban Dân tộc asks an organisation that does
 * not take part to register for the period's twinning, with an annex of the especially-difficult communes
 * that still have no partner.
 */
final class InvitationLetter {

    private InvitationLetter() {
    }

    /** "Giai đoạn 2016–2020" as running text writes it: "giai đoạn 2016–2020". */
    static String inText(String periodName) {
        return periodName.isEmpty() ? periodName : Character.toLowerCase(periodName.charAt(0)) + periodName.substring(1);
    }

    static byte[] render(Invitation invitation, List<EligibleCommune> uncovered, String portalAddress, DocumentSettings settings) {
        Period period = invitation.period;
        String periodName = inText(period.name);
        String organization = invitation.organization.name;
        IssueOptions options = new IssueOptions(invitation.documentNumber, invitation.sentOn, null, null);
        OfficialDocument doc = OfficialDocument.start(options.heading(settings, settings.letterSymbol(),
                "đề nghị đăng ký tham gia công tác kết nghĩa, giúp đỡ các xã đặc biệt khó khăn " + periodName));
        doc.addressees(List.of(organization));

        String basis = period.legalBasis == null || period.legalBasis.isBlank() ? settings.programmeBasis() : period.legalBasis;
        doc.paragraph("Thực hiện " + basis + " về tiếp tục tăng cường công tác kết nghĩa, giúp đỡ các xã miền núi đặc biệt khó khăn "
                + "và nhiệm vụ UBND tỉnh giao tại Thông báo số 135/TB-UBND ngày 11/4/2016 về đề nghị các Sở, Ban, ngành, đơn vị "
                + "chưa tham gia kết nghĩa đăng ký tham gia công tác kết nghĩa, giúp đỡ các xã đặc biệt khó khăn.");
        long districts = uncovered.stream().map(c -> c.district().id()).distinct().count();
        doc.paragraph("Trong " + periodName + ", hiện còn " + uncovered.size() + " xã đặc biệt khó khăn thuộc " + districts
                + " huyện miền núi chưa có cơ quan, đơn vị nhận kết nghĩa, giúp đỡ (danh sách tại Phụ lục kèm theo), trong khi "
                + organization + " chưa tham gia công tác kết nghĩa trong giai đoạn này.");
        doc.paragraph("Để công tác kết nghĩa được thực hiện rộng khắp, thực chất và hiệu quả theo chủ trương của Tỉnh ủy, UBND tỉnh, "
                + settings.issuerInText() + " đề nghị " + organization + " đăng ký nhận kết nghĩa, giúp đỡ từ một đến năm xã "
                + "nêu tại Phụ lục, nêu rõ lĩnh vực hỗ trợ (tinh thần; vật chất; phát triển sản xuất và giảm nghèo bền vững), "
                + "nội dung dự kiến thực hiện, thời gian bắt đầu và cán bộ phụ trách.");
        if (invitation.message != null) {
            doc.paragraph(invitation.message);
        }
        doc.paragraph("Thời hạn đăng ký: trước ngày " + shortDate(invitation.replyBy) + ", trên Cổng thông tin Kết Nghĩa"
                + (portalAddress == null ? "" : " (" + portalAddress + ")") + ", mục \"Tham gia chương trình\", chọn \"Đăng ký tham gia\". "
                + "Sau khi " + settings.issuerInText() + " thống nhất với địa phương, thỏa thuận kết nghĩa được lập để đơn vị và "
                + "địa phương ký kết, triển khai thực hiện. Mọi chi tiết xin liên hệ " + settings.issuerInText()
                + " (bộ phận theo dõi công tác kết nghĩa).");
        doc.paragraph("Đề nghị " + organization + " quan tâm phối hợp thực hiện./.");
        List<String> recipients = new ArrayList<>();
        recipients.add("Như trên");
        recipients.addAll(settings.reminderRecipients());
        doc.closing(recipients, options.signature(settings));

        doc.pageBreak();
        doc.title("PHỤ LỤC", "Danh sách xã đặc biệt khó khăn chưa có đơn vị nhận kết nghĩa " + periodName,
                "(Kèm theo Công văn " + (invitation.documentNumber == null ? "số      " : "số " + invitation.documentNumber)
                        + "/" + settings.letterSymbol() + " ngày " + shortDate(invitation.sentOn) + " của " + settings.issuerInText() + ")");
        Map<String, List<EligibleCommune>> byDistrict = new LinkedHashMap<>();
        uncovered.forEach(c -> byDistrict.computeIfAbsent(c.district().name(), k -> new ArrayList<>()).add(c));
        List<List<String>> rows = new ArrayList<>();
        int index = 1;
        for (Map.Entry<String, List<EligibleCommune>> district : byDistrict.entrySet()) {
            for (EligibleCommune commune : district.getValue()) {
                rows.add(List.of(String.valueOf(index++), commune.kindLabel().substring(0, 1).toUpperCase() + commune.kindLabel().substring(1)
                        + " " + commune.name(), district.getKey(), commune.border() ? "Xã biên giới" : ""));
            }
        }
        if (rows.isEmpty()) {
            doc.paragraph("Tất cả các xã đặc biệt khó khăn của giai đoạn đều đã có đơn vị nhận kết nghĩa.");
        } else {
            doc.table(List.of(
                    new Column("TT", 6, Align.CENTER),
                    new Column("Xã", 40, Align.LEFT),
                    new Column("Huyện", 34, Align.LEFT),
                    new Column("Ghi chú", 20, Align.LEFT)), rows, false);
        }
        return doc.toBytes();
    }
}
