package vn.ketnghia.document;

import static vn.ketnghia.common.text.Texts.blankToNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a request may set on a generated document: its number (blank until the clerk numbers it at
 * issue), its date (today when not given) and who signs. Everything else comes from {@link DocumentSettings}.
 */
public record IssueOptions(String number, LocalDate date, String signerName, String signerTitle) {

    public OfficialDocument.Heading heading(DocumentSettings settings, String symbol, String subject) {
        return new OfficialDocument.Heading(List.of(settings.parentBody(), settings.issuingBody()), blankToNull(number),
                symbol, subject, settings.place(), date);
    }

    /**
     * The configured signer unless the request names another. A different title drops the configured
     * "KT. …" line when that title is the head's own ("TRƯỞNG BAN" under "KT. TRƯỞNG BAN"): the head
     * then signs in person, not on anyone's behalf.
     */
    public OfficialDocument.Signature signature(DocumentSettings settings) {
        String title = blankToNull(signerTitle);
        String authority = settings.signerAuthority().filter(a -> !a.isBlank()).orElse(null);
        if (title != null && authority != null
                && authority.toUpperCase(Locale.ROOT).endsWith(" " + title.toUpperCase(Locale.ROOT))) {
            authority = null;
        }
        String name = blankToNull(signerName);
        return new OfficialDocument.Signature(authority, title == null ? settings.signerTitle() : title,
                name == null ? settings.signerName().orElse(null) : name);
    }
}
