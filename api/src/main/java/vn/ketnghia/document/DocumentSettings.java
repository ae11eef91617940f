package vn.ketnghia.document;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/**
 * Who issues the documents the portal generates, and how they are signed. The defaults are the Ban
 * Dân tộc of Quảng Nam; another province changes them here (or through {@code KETNGHIA_DOCUMENTS_*}
 * environment variables) instead of in code. A request may still give its own number, date and signer.
 */
@ConfigMapping(prefix = "ketnghia.documents")
public interface DocumentSettings {

    /** The body above the issuer (cơ quan chủ quản), printed upright above it. */
    @WithDefault("UBND TỈNH QUẢNG NAM")
    String parentBody();

    /** The issuer itself, printed bold. */
    @WithDefault("BAN DÂN TỘC")
    String issuingBody();

    /** The issuer as running text names it ("Ban Dân tộc tỉnh đề nghị …"). */
    @WithDefault("Ban Dân tộc tỉnh")
    String issuerInText();

    /** Where documents are signed: the "Quảng Nam, ngày …" line. */
    @WithDefault("Quảng Nam")
    String place();

    /** Symbol of a report (báo cáo): "Số: 12/BC-BDT". */
    @WithDefault("BC-BDT")
    String reportSymbol();

    /** Symbol of a letter (công văn): the issuer's abbreviation, then the drafting office's. */
    @WithDefault("BDT-VP")
    String letterSymbol();

    /** Signing on the head's behalf ("KT. TRƯỞNG BAN"); empty when the head signs. */
    @WithDefault("KT. TRƯỞNG BAN")
    Optional<String> signerAuthority();

    @WithDefault("PHÓ TRƯỞNG BAN")
    String signerTitle();

    /** Left empty by default: the officer who signs writes their name, or the request gives it. */
    Optional<String> signerName();

    /** What the programme's reports rest on, quoted in their opening paragraph. */
    @WithDefault("Chỉ thị số 23-CT/TU ngày 22/10/2012 của Ban Thường vụ Tỉnh ủy và Thông báo số 135/TB-UBND ngày 11/4/2016 của UBND tỉnh")
    String programmeBasis();

    /** "Nơi nhận" of the province summary; a comma inside an entry is escaped as {@code \,}. */
    @WithDefault("UBND tỉnh (b/c),Ban Thường vụ Tỉnh ủy (b/c),Ủy ban Dân tộc (b/c),Lãnh đạo Ban,Lưu: VT\\, CSDT")
    List<String> summaryRecipients();

    /** "Nơi nhận" of a reminder letter after "Như trên". */
    @WithDefault("Lãnh đạo Ban,Lưu: VT\\, CSDT")
    List<String> reminderRecipients();

    /** Days a reminder letter gives reporters to submit, when the request names no date. */
    @WithDefault("5")
    int reminderSubmitWithinDays();
}
