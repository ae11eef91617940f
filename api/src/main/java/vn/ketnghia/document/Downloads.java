package vn.ketnghia.document;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** Generated files as HTTP downloads. */
public final class Downloads {

    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

    private Downloads() {
    }

    public static Response attachment(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /**
     * {@code attachment; filename="Bao-cao-6-thang-2051.docx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o…}:
     * the plain name for old clients, the Vietnamese one (RFC 5987/6266) for everyone else.
     */
    public static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + asciiName(fileName) + "\"; filename*=UTF-8''" + percentEncoded(fileName);
    }

    /** Diacritics dropped (đ → d), anything else outside letters, digits, dot, dash and underscore → "-". */
    static String asciiName(String fileName) {
        String unmarked = MARKS.matcher(Normalizer.normalize(fileName, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        String safe = UNSAFE.matcher(unmarked).replaceAll("-").replaceAll("-{2,}", "-").replaceAll("-+\\.", ".")
                .replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "document" : safe;
    }

    /** RFC 5987 value-chars: URLEncoder's form encoding, with spaces as %20 rather than '+'. */
    static String percentEncoded(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
