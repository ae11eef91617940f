package vn.ketnghia.practice;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * One spelling per tag, so "Bò giống", " bò  giống" and "#bò giống" count as one in the tag cloud.
 * Diacritics stay: tags are shown as written; search folds them away separately.
 */
public final class Tags {

    public static final int MAX_LENGTH = 40;
    public static final int MAX_PER_PRACTICE = 10;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Tags() {
    }

    public static String normalise(String tag) {
        if (tag == null) {
            return "";
        }
        String text = Normalizer.normalize(tag, Normalizer.Form.NFC).strip();
        while (text.startsWith("#")) {
            text = text.substring(1).strip();
        }
        return SPACES.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    public static Set<String> normaliseAll(Collection<String> tags) {
        Set<String> result = new TreeSet<>();
        if (tags != null) {
            for (String tag : tags) {
                String normalised = normalise(tag);
                if (!normalised.isEmpty()) {
                    result.add(normalised);
                }
            }
        }
        return result;
    }
}
