package vn.ketnghia.common.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for searching without diacritics: {@code "Xã A Vao"} and {@code "xa a vao"}
 * fold to the same string. Stored beside each searchable name and applied to the query.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Apostrophes belong to ethnic-minority names (Ch'ơm, Tr'hy); people type them or not. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
        return NOT_WORD.matcher(plain).replaceAll(" ").trim();
    }

    /** The folded words of a query; each must occur in the searched text. */
    public static List<String> terms(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** A LIKE pattern for one folded term, with LIKE wildcards in the term neutralised. */
    public static String likePattern(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
