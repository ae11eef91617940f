package vn.ketnghia.reporting.summary;

import static vn.ketnghia.document.VietnameseFormat.shortDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.ketnghia.document.DocumentSettings;
import vn.ketnghia.document.IssueOptions;
import vn.ketnghia.document.OfficialDocument;
import vn.ketnghia.document.OfficialDocument.Align;
import vn.ketnghia.document.OfficialDocument.Column;
import vn.ketnghia.reporting.summary.SummaryService.ChasedReporter;
import vn.ketnghia.reporting.summary.SummaryService.ReminderLetterData;

/** The công văn đôn đốc (task 4): the province asks the reporters it is still waiting for to report by a date. */
final class ReminderLetter {

    /** More addressees than this go into "Kính gửi" as a reference to the table instead of one by one. */
    private static final int NAMED_ADDRESSEES = 5;

    private ReminderLetter() {
    }

    static byte[] render(ReminderLetterData data, LocalDate today, LocalDate submitBy, IssueOptions options,
                         DocumentSettings settings) {
        var period = data.period();
        List<ChasedReporter> reporters = data.reporters();
        OfficialDocument doc = OfficialDocument.start(options.heading(settings, settings.letterSymbol(),
                "đôn đốc báo cáo kết quả thực hiện công tác kết nghĩa, " + period.name()));
        doc.addressees(reporters.size() <= NAMED_ADDRESSEES
                ? reporters.stream().map(ChasedReporter::name).toList()
                : List.of("Các cơ quan, đơn vị, địa phương có tên tại danh sách dưới đây"));

        doc.paragraph("Thực hiện " + settings.programmeBasis() + ", các cơ quan, đơn vị, địa phương kết nghĩa, giúp đỡ "
                + "các xã đặc biệt khó khăn miền núi báo cáo kết quả thực hiện " + period.name() + " (số liệu từ ngày "
                + shortDate(period.windowStart()) + " đến ngày " + shortDate(period.windowEnd()) + ") về "
                + settings.issuerInText() + " trước ngày " + shortDate(period.dueDate()) + ".");
        long returned = reporters.stream().filter(ChasedReporter::returned).count();
        doc.paragraph("Đến ngày " + shortDate(today) + ", " + settings.issuerInText() + " chưa nhận được báo cáo của "
                + (reporters.size() - returned) + " cơ quan, đơn vị, địa phương"
                + (returned > 0 ? "; " + returned + " báo cáo đã được trả lại để bổ sung, hoàn chỉnh nhưng chưa được gửi lại" : "")
                + ", cụ thể như sau:");
        List<List<String>> rows = new ArrayList<>();
        int index = 1;
        for (ChasedReporter reporter : reporters) {
            rows.add(List.of(String.valueOf(index++), reporter.name(),
                    reporter.returned()
                            ? "Báo cáo bị trả lại" + (reporter.returnedOn() == null ? "" : " ngày " + shortDate(reporter.returnedOn())) + ", chưa gửi lại"
                            : "Chưa gửi báo cáo",
                    shortDate(reporter.dueDate()),
                    reporter.daysPastDue() > 0 ? String.valueOf(reporter.daysPastDue()) : "-"));
        }
        doc.table(List.of(
                new Column("TT", 6, Align.CENTER),
                new Column("Cơ quan, đơn vị, địa phương", 40, Align.LEFT),
                new Column("Tình trạng", 26, Align.LEFT),
                new Column("Hạn gửi", 15, Align.CENTER),
                new Column("Số ngày quá hạn", 13, Align.CENTER)), rows, false);
        doc.paragraph("Để kịp thời tổng hợp, báo cáo UBND tỉnh và Ban Thường vụ Tỉnh ủy, " + settings.issuerInText()
                + " đề nghị các cơ quan, đơn vị, địa phương nêu trên khẩn trương hoàn thành và gửi báo cáo trên Cổng thông tin "
                + "Kết Nghĩa trước ngày " + shortDate(submitBy) + "."
                + (returned > 0 ? " Đối với báo cáo đã được trả lại, đề nghị bổ sung, hoàn chỉnh theo ý kiến của "
                + settings.issuerInText() + " trước khi gửi lại." : ""));
        doc.paragraph("Đề nghị các cơ quan, đơn vị, địa phương quan tâm thực hiện./.");
        List<String> recipients = new ArrayList<>();
        recipients.add("Như trên");
        recipients.addAll(settings.reminderRecipients());
        doc.closing(recipients, options.signature(settings));
        return doc.toBytes();
    }
}
