package vn.ketnghia.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ketnghia.common.text.SearchText;

class SearchTextTest {

    @Test
    void foldsVietnameseDiacriticsAndD() {
        assertEquals("huyen nam giang", SearchText.fold("huyện Nam Giang"));
        assertEquals("xa a vao", SearchText.fold("Xã A Vao"));
        assertEquals("dac pring", SearchText.fold("Đắc Pring"));
        assertEquals("so nong nghiep va ptnt", SearchText.fold("Sở Nông nghiệp và PTNT"));
    }

    @Test
    void apostrophesVanishAndPunctuationBecomesSpace() {
        assertEquals("chom", SearchText.fold("Ch'ơm"));
        assertEquals("trhy", SearchText.fold("Tr’hy"));
        assertEquals("ba ria vung tau", SearchText.fold("Bà Rịa–Vũng Tàu"));
    }

    @Test
    void queryTermsAreFoldedWords() {
        assertEquals(List.of("nam", "giang"), SearchText.terms("  Nam   GIANG "));
        assertEquals(List.of(), SearchText.terms("  "));
    }

    @Test
    void likeWildcardsInTermsAreEscaped() {
        assertEquals("%50\\%%", SearchText.likePattern("50%"));
        assertEquals("%a\\_b%", SearchText.likePattern("a_b"));
    }
}
