package vn.ketnghia.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The formatting rules of the document helpers, without the application. */
class DocumentFormatTest {

    @Test
    void moneyGroupsThousandsWithDots() {
        assertEquals("27.000.000.000 đồng", VietnameseFormat.money(27_000_000_000L));
        assertEquals("0", VietnameseFormat.number(0));
        assertEquals("999", VietnameseFormat.number(999));
        assertEquals("1.000", VietnameseFormat.number(1000));
        assertEquals("-1.234.567", VietnameseFormat.number(-1_234_567));
        assertEquals("9.223.372.036.854.775.807", VietnameseFormat.number(Long.MAX_VALUE));
    }

    @Test
    void percentHasADecimalCommaAndSurvivesNothingPlanned() {
        assertEquals("66,7%", VietnameseFormat.percent(2, 3));
        assertEquals("100%", VietnameseFormat.percent(5, 5));
        assertEquals("0%", VietnameseFormat.percent(7, 0));
    }

    @Test
    void datesPadDaysBelowTenAndOnlyJanuaryAndFebruary() {
        assertEquals("ngày 05 tháng 02 năm 2026", VietnameseFormat.longDate(LocalDate.of(2026, 2, 5)));
        assertEquals("ngày 09 tháng 01 năm 2026", VietnameseFormat.longDate(LocalDate.of(2026, 1, 9)));
        assertEquals("ngày 10 tháng 3 năm 2026", VietnameseFormat.longDate(LocalDate.of(2026, 3, 10)));
        assertEquals("ngày 31 tháng 12 năm 2026", VietnameseFormat.longDate(LocalDate.of(2026, 12, 31)));
        assertEquals("05/03/2026", VietnameseFormat.shortDate(LocalDate.of(2026, 3, 5)));
    }

    @Test
    void downloadNamesAreAsciiWithTheVietnameseNameAlongside() {
        assertEquals("attachment; filename=\"Bao-cao-Dak-Lak-2026.docx\"; "
                        + "filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%C4%90%E1%BA%AFk%20L%E1%BA%AFk%20%282026%29.docx",
                Downloads.contentDisposition("Báo cáo Đắk Lắk (2026).docx"));
        assertEquals("document", Downloads.asciiName("\"\";"));
        assertEquals("a-b.xlsx", Downloads.asciiName("a / \\ b*.xlsx"));
    }

    /** Word silently drops run properties written out of the schema's sequence (bold after the size, say). */
    @Test
    void runPropertiesAreInSchemaOrder() throws IOException {
        byte[] bytes = OfficialDocument.start(new OfficialDocument.Heading(List.of("UBND TỈNH QUẢNG NAM", "BAN DÂN TỘC"),
                        "3", "BC-BDT", null, "Quảng Nam", LocalDate.of(2026, 3, 1)))
                .title("Báo cáo", "Thử thứ tự thuộc tính")
                .section("I. PHẦN MỘT").subsection("1. Mục").paragraph("Đậm: ", "thường").note("Nghiêng")
                .table(List.of(new OfficialDocument.Column("Cột", 1, OfficialDocument.Align.LEFT)), List.of(List.of("Tổng")), true)
                .closing(List.of("Lưu: VT"), new OfficialDocument.Signature("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Nguyễn Văn Thử"))
                .toBytes();
        List<String> order = List.of("rFonts", "b", "i", "sz", "szCs", "u", "lang");
        Pattern properties = Pattern.compile("<w:rPr>(.*?)</w:rPr>");
        Pattern element = Pattern.compile("<w:(\\w+)");
        int checked = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.getName().startsWith("word/") || !entry.getName().endsWith(".xml")) {
                    continue;
                }
                Matcher rPr = properties.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                while (rPr.find()) {
                    Matcher names = element.matcher(rPr.group(1));
                    int last = -1;
                    while (names.find()) {
                        int position = order.indexOf(names.group(1));
                        assertTrue(position > last, entry.getName() + ": " + rPr.group());
                        last = position;
                    }
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "run properties were found and checked");
    }

    @Test
    void severalAddresseesAreListedAndControlCharactersDoNotCorruptTheFile() throws IOException {
        byte[] bytes = OfficialDocument.start(new OfficialDocument.Heading(List.of("UBND TỈNH QUẢNG NAM", "BAN DÂN TỘC"),
                        null, "BDT-VP", "mời họp", "Quảng Nam", null))
                .addressees(List.of("Sở Tài chính", "UBND huyện Nam Giang"))
                .paragraph("Dòng có ký tự điều khiển \u0001\u0007 ở giữa.\nDòng thứ hai.")
                .closing(List.of("Như trên", "Lưu: VT"), new OfficialDocument.Signature(null, "Trưởng ban", null))
                .toBytes();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            String text = new XWPFWordExtractor(doc).getText();
            assertTrue(text.contains("Kính gửi:\n- Sở Tài chính;\n- UBND huyện Nam Giang."), text);
            assertTrue(text.contains("Dòng có ký tự điều khiển  ở giữa.\nDòng thứ hai."), text);
            assertTrue(text.contains("V/v mời họp"), "a letter's subject under its number");
            assertTrue(text.contains("Số:") && text.contains("/BDT-VP"), "a blank number for the clerk");
            assertTrue(text.contains("- Như trên;") && text.contains("- Lưu: VT."), text);
            assertTrue(text.contains("TRƯỞNG BAN") && !text.contains("KT."), text);
        }
    }
}
