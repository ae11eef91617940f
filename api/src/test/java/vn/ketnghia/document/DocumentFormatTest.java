package vn.ketnghia.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
