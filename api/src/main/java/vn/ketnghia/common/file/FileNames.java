package vn.ketnghia.common.file;

import java.text.Normalizer;

/**
 * Uploaded names are shown in the portal and sent back in Content-Disposition, so they keep their
 * Vietnamese letters but lose anything that could act as a path or break a header.
 */
public final class FileNames {

    public static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "tep-dinh-kem";
    /** Characters Windows refuses in a name; a downloaded file must save under the name shown. */
    private static final String WINDOWS_RESERVED = "<>:\"|?*";

    private FileNames() {
    }

    public static String sanitise(String uploaded) {
        String name = uploaded == null ? "" : Normalizer.normalize(uploaded, Normalizer.Form.NFC);
        // Browsers on Windows may send the whole path; only the last part is the file's name.
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.UNASSIGNED) {
                return;
            }
            if (WINDOWS_RESERVED.indexOf(c) >= 0) {
                kept.append('_');
            } else {
                kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        String cleaned = kept.toString().replaceAll(" {2,}", " ").strip();
        while (cleaned.startsWith(".")) {
            cleaned = cleaned.substring(1).strip();
        }
        if (cleaned.isEmpty()) {
            return FALLBACK;
        }
        return shorten(cleaned);
    }

    /** An ASCII stand-in for clients that do not read RFC 5987 {@code filename*}. */
    public static String ascii(String name) {
        String stripped = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String ascii = stripped.replaceAll("[^A-Za-z0-9._ ()-]", "_");
        return ascii.isBlank() ? FALLBACK : ascii;
    }

    /** Keeps the extension when a name is too long for the column. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.length();
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
