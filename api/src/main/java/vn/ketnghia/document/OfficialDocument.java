package vn.ketnghia.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Vietnamese administrative document laid out as Decree 30/2020/NĐ-CP (Appendix I) asks: A4, Times
 * New Roman, margins 20/20/30/15 mm, the issuer and national motto side by side at the top, number and
 * symbol, place and date, the kind and the subject (trích yếu), the body, "Nơi nhận" beside the
 * signature block, and page numbers centred in the header from the second page on.
 *
 * <p>Built top to bottom: {@link #start(Heading)}, then {@link #title}/{@link #addressees}, the body
 * ({@link #section}, {@link #paragraph}, {@link #table}, …), then {@link #closing}, then {@link #toBytes()}.
 * It knows nothing about the programme, so reports, letters and invitations all use it.
 */
public final class OfficialDocument {

    public static final String FONT = "Times New Roman";
    /** A4 in twentieths of a point. */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = millimetres(20);
    public static final int MARGIN_BOTTOM = millimetres(20);
    public static final int MARGIN_LEFT = millimetres(30);
    public static final int MARGIN_RIGHT = millimetres(15);
    public static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private static final double BODY_SIZE = 14;
    private static final double HEADER_SIZE = 13;
    /** Decree 30 allows 12–13 pt for the national title; 12 keeps it on one line beside the issuer. */
    private static final double NATION_SIZE = 12;
    private static final double TABLE_SIZE = 12;
    private static final int FIRST_LINE_INDENT = millimetres(10);
    private static final int SIX_POINTS = 120;
    /**
     * The issuer's column of the header block; the motto's takes the rest of the line. Wide enough for
     * "UBND TỈNH QUẢNG NAM" at 13 pt, narrow enough for the national title on one line, as in Decree
     * 30's model.
     */
    private static final int ISSUER_COLUMN = millimetres(62);
    private static final int CLOSING_LEFT_COLUMN = millimetres(75);
    private static final int SIGNING_SPACE_LINES = 4;

    /**
     * The header block. {@code issuer}: the parent body first (upright), the issuing body last (bold).
     * {@code number} is left blank for the clerk to fill in when null; so is the date. {@code subject}
     * is the "V/v …" line of a letter (công văn); other documents put their subject under the title.
     */
    public record Heading(List<String> issuer, String number, String symbol, String subject, String place, LocalDate date) {
        public Heading {
            issuer = List.copyOf(issuer);
            if (issuer.isEmpty()) {
                throw new IllegalArgumentException("a document needs an issuer");
            }
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(place, "place");
        }
    }

    /** {@code authority} is "KT. TRƯỞNG BAN" and the like, or null; {@code name} null leaves the line for the signer. */
    public record Signature(String authority, String title, String name) {
    }

    public enum Align { LEFT, CENTER, RIGHT }

    /** A table column: its heading, its share of the line (any positive weight) and how its cells align. */
    public record Column(String header, int weight, Align align) {
    }

    private final XWPFDocument document = new XWPFDocument();

    private OfficialDocument() {
    }

    public static OfficialDocument start(Heading heading) {
        OfficialDocument built = new OfficialDocument();
        built.setUpPage();
        built.headerBlock(heading);
        return built;
    }

    /** "BÁO CÁO", "TỜ TRÌNH", … and the subject lines under it, with the short rule the decree puts below. */
    public OfficialDocument title(String kind, String... subjectLines) {
        XWPFParagraph heading = paragraph(ParagraphAlignment.CENTER, 0);
        heading.setSpacingBefore(SIX_POINTS * 3);
        heading.setSpacingAfter(0);
        heading.setKeepNext(true);
        run(heading, kind.toUpperCase(Locale.ROOT), BODY_SIZE, true, false);
        for (String line : subjectLines) {
            XWPFParagraph subject = paragraph(ParagraphAlignment.CENTER, 0);
            subject.setSpacingAfter(0);
            subject.setKeepNext(true);
            run(subject, line, BODY_SIZE, true, false);
        }
        rule(document.createParagraph(), millimetres(35), TEXT_WIDTH);
        spacer();
        return this;
    }

    /** "Kính gửi: …" on one line for one addressee; a dashed list under it for several. */
    public OfficialDocument addressees(List<String> addressees) {
        if (addressees.isEmpty()) {
            return this;
        }
        int indent = millimetres(25);
        XWPFParagraph first = paragraph(ParagraphAlignment.LEFT, 0);
        first.setIndentationLeft(indent);
        first.setSpacingBefore(SIX_POINTS * 2);
        if (addressees.size() == 1) {
            run(first, "Kính gửi: " + addressees.getFirst() + ".", BODY_SIZE, false, false);
        } else {
            run(first, "Kính gửi:", BODY_SIZE, false, false);
            for (int i = 0; i < addressees.size(); i++) {
                XWPFParagraph line = paragraph(ParagraphAlignment.LEFT, 0);
                line.setIndentationLeft(indent + millimetres(22));
                line.setSpacingAfter(0);
                run(line, "- " + addressees.get(i) + (i == addressees.size() - 1 ? "." : ";"), BODY_SIZE, false, false);
            }
        }
        spacer();
        return this;
    }

    /** A section heading ("I. TÌNH HÌNH THỰC HIỆN"): bold, kept with what follows. */
    public OfficialDocument section(String text) {
        XWPFParagraph heading = body();
        heading.setSpacingBefore(SIX_POINTS);
        heading.setKeepNext(true);
        run(heading, text, BODY_SIZE, true, false);
        return this;
    }

    /** A sub-heading ("1. Về tinh thần"): bold italic, kept with what follows. */
    public OfficialDocument subsection(String text) {
        XWPFParagraph heading = body();
        heading.setKeepNext(true);
        run(heading, text, BODY_SIZE, true, true);
        return this;
    }

    /** Body text, justified with a first-line indent; each line of {@code text} becomes its own paragraph. */
    public OfficialDocument paragraph(String text) {
        for (String line : lines(text)) {
            run(body(), line, BODY_SIZE, false, false);
        }
        return this;
    }

    /** A paragraph that starts with a bold label: "Tổng giá trị: 1.000 đồng". */
    public OfficialDocument paragraph(String boldLead, String text) {
        XWPFParagraph paragraph = body();
        run(paragraph, boldLead, BODY_SIZE, true, false);
        run(paragraph, text, BODY_SIZE, false, false);
        return this;
    }

    /** An italic paragraph, for notes and sources. */
    public OfficialDocument note(String text) {
        for (String line : lines(text)) {
            run(body(), line, BODY_SIZE, false, true);
        }
        return this;
    }

    /** A dashed item ("- …"), as Vietnamese documents list things. */
    public OfficialDocument item(String text) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            run(body(), (i == 0 ? "- " : "") + lines.get(i), BODY_SIZE, false, false);
        }
        return this;
    }

    /**
     * A ruled table across the text width. The heading row repeats on every page; when
     * {@code lastRowIsTotal} the last row is bold.
     */
    public OfficialDocument table(List<Column> columns, List<List<String>> rows, boolean lastRowIsTotal) {
        int[] widths = widths(columns);
        XWPFTable table = document.createTable(rows.size() + 1, columns.size());
        layout(table, widths);
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        XWPFTableRow headerRow = table.getRow(0);
        headerRow.setRepeatHeader(true);
        headerRow.setCantSplitRow(true);
        for (int c = 0; c < columns.size(); c++) {
            cellText(headerRow.getCell(c), widths[c], columns.get(c).header(), Align.CENTER, true);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean bold = lastRowIsTotal && r == rows.size() - 1;
            List<String> values = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
                cellText(row.getCell(c), widths[c], value, columns.get(c).align(), bold);
            }
        }
        spacer();
        return this;
    }

    /** Starts the next part (an appendix, say) on a new page. */
    public OfficialDocument pageBreak() {
        document.createParagraph().setPageBreak(true);
        return this;
    }

    /**
     * "Nơi nhận:" and its dashed list on the left (the last entry ends with a full stop, the others with
     * a semicolon), the signature block on the right.
     */
    public OfficialDocument closing(List<String> recipients, Signature signature) {
        spacer();
        XWPFTable table = document.createTable(1, 2);
        int[] widths = {CLOSING_LEFT_COLUMN, TEXT_WIDTH - CLOSING_LEFT_COLUMN};
        layout(table, widths);
        table.removeBorders();
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        width(left, widths[0]);
        width(right, widths[1]);

        XWPFParagraph label = left.getParagraphs().getFirst();
        tight(label, ParagraphAlignment.LEFT);
        run(label, "Nơi nhận:", 12, true, true);
        for (int i = 0; i < recipients.size(); i++) {
            XWPFParagraph line = left.addParagraph();
            tight(line, ParagraphAlignment.LEFT);
            run(line, "- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"), 11, false, false);
        }

        XWPFParagraph first = right.getParagraphs().getFirst();
        tight(first, ParagraphAlignment.CENTER);
        if (signature.authority() != null && !signature.authority().isBlank()) {
            run(first, signature.authority().toUpperCase(Locale.ROOT), BODY_SIZE, true, false);
            first = right.addParagraph();
            tight(first, ParagraphAlignment.CENTER);
        }
        run(first, signature.title().toUpperCase(Locale.ROOT), BODY_SIZE, true, false);
        for (int i = 0; i < SIGNING_SPACE_LINES; i++) {
            tight(right.addParagraph(), ParagraphAlignment.CENTER);
        }
        XWPFParagraph name = right.addParagraph();
        tight(name, ParagraphAlignment.CENTER);
        if (signature.name() != null && !signature.name().isBlank()) {
            run(name, signature.name(), BODY_SIZE, true, false);
        }
        return this;
    }

    public byte[] toBytes() {
        try (XWPFDocument written = document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            written.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setUpPage() {
        XWPFStyles styles = document.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setEastAsia(FONT);
        fonts.setCs(FONT);
        styles.setDefaultFonts(fonts);
        CTRPr defaults = styles.getCtStyles().getDocDefaults().getRPrDefault().getRPr();
        defaults.addNewSz().setVal(BigInteger.valueOf(Math.round(BODY_SIZE * 2)));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(Math.round(BODY_SIZE * 2)));
        defaults.addNewLang().setVal("vi-VN");

        CTSectPr section = section();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(millimetres(10)));
        margins.setFooter(BigInteger.valueOf(millimetres(10)));
        margins.setGutter(BigInteger.ZERO);

        // The first page shows no number (titlePg + an empty first-page header); the others show it centred.
        XWPFHeader firstPage = document.createHeader(HeaderFooterType.FIRST);
        if (firstPage.getParagraphs().isEmpty()) {
            firstPage.createParagraph();
        }
        if (!section.isSetTitlePg()) {
            section.addNewTitlePg();
        }
        XWPFHeader other = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = other.getParagraphs().isEmpty() ? other.createParagraph() : other.getParagraphs().getFirst();
        number.setAlignment(ParagraphAlignment.CENTER);
        pageField(number);
    }

    private static void pageField(XWPFParagraph paragraph) {
        run(paragraph, null, BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = run(paragraph, null, BODY_SIZE, false, false).getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(SpaceAttribute.Space.PRESERVE);
        run(paragraph, null, BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, "2", BODY_SIZE, false, false);
        run(paragraph, null, BODY_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private void headerBlock(Heading heading) {
        XWPFTable table = document.createTable(1, 2);
        int[] widths = {ISSUER_COLUMN, TEXT_WIDTH - ISSUER_COLUMN};
        layout(table, widths);
        table.removeBorders();
        XWPFTableCell issuer = table.getRow(0).getCell(0);
        XWPFTableCell nationCell = table.getRow(0).getCell(1);
        width(issuer, widths[0]);
        width(nationCell, widths[1]);

        List<String> bodies = heading.issuer();
        XWPFParagraph line = issuer.getParagraphs().getFirst();
        for (int i = 0; i < bodies.size(); i++) {
            if (i > 0) {
                line = issuer.addParagraph();
            }
            tight(line, ParagraphAlignment.CENTER);
            boolean issuingBody = i == bodies.size() - 1;
            run(line, bodies.get(i).toUpperCase(Locale.ROOT), HEADER_SIZE, issuingBody, false);
        }
        // A solid line under the issuer, a third to a half as long as its name.
        String issuerName = bodies.getLast();
        rule(issuer.addParagraph(), Math.max(millimetres(12), issuerName.length() * 130), widths[0]);
        XWPFParagraph number = issuer.addParagraph();
        tight(number, ParagraphAlignment.CENTER);
        number.setSpacingBefore(SIX_POINTS);
        String numberText = heading.number() == null || heading.number().isBlank() ? "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0" : heading.number().trim();
        run(number, "Số: " + numberText + "/" + heading.symbol(), HEADER_SIZE, false, false);
        if (heading.subject() != null && !heading.subject().isBlank()) {
            XWPFParagraph subject = issuer.addParagraph();
            tight(subject, ParagraphAlignment.CENTER);
            subject.setSpacingBefore(SIX_POINTS / 2);
            run(subject, "V/v " + heading.subject(), 12, false, false);
        }

        XWPFParagraph nation = nationCell.getParagraphs().getFirst();
        tight(nation, ParagraphAlignment.CENTER);
        run(nation, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", NATION_SIZE, true, false);
        XWPFParagraph motto = nationCell.addParagraph();
        tight(motto, ParagraphAlignment.CENTER);
        // The decree's line under the motto is as long as the motto: an underline is exactly that.
        run(motto, "Độc lập - Tự do - Hạnh phúc", BODY_SIZE, true, false).setUnderline(UnderlinePatterns.SINGLE);
        XWPFParagraph placeAndDate = nationCell.addParagraph();
        tight(placeAndDate, ParagraphAlignment.CENTER);
        placeAndDate.setSpacingBefore(SIX_POINTS * 2);
        String date = heading.date() == null
                ? "ngày\u00a0\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0\u00a0 năm\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"
                : VietnameseFormat.longDate(heading.date());
        run(placeAndDate, heading.place() + ", " + date, BODY_SIZE, false, true);
    }

    private CTSectPr section() {
        var body = document.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, int firstLineIndent) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        if (firstLineIndent > 0) {
            paragraph.setIndentationFirstLine(firstLineIndent);
        }
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(SIX_POINTS);
        paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return paragraph;
    }

    private XWPFParagraph body() {
        return paragraph(ParagraphAlignment.BOTH, FIRST_LINE_INDENT);
    }

    private void spacer() {
        XWPFParagraph spacer = document.createParagraph();
        spacer.setSpacingBefore(0);
        spacer.setSpacingAfter(0);
    }

    private static void tight(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
    }

    /** An empty, almost flat paragraph whose top border is a centred solid line {@code length} long. */
    private static void rule(XWPFParagraph paragraph, int length, int containerWidth) {
        int indent = Math.max(0, (containerWidth - length) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(4, LineSpacingRule.EXACT);
        CTPPr properties = paragraph.getCTPPr();
        CTPBdr borders = properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr();
        CTBorder top = borders.addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(6));
        top.setSpace(BigInteger.ONE);
        top.setColor("auto");
    }

    /** Fixed layout and explicit widths, so Word and LibreOffice lay the table out the same way. */
    private static void layout(XWPFTable table, int[] widths) {
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(sum(widths)));
        CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    private static void width(XWPFTableCell cell, int twips) {
        CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth width = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }

    private static void cellText(XWPFTableCell cell, int width, String text, Align align, boolean bold) {
        width(cell, width);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        ParagraphAlignment alignment = switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
        };
        List<String> lines = text.isEmpty() ? List.of("") : lines(text);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? cell.getParagraphs().getFirst() : cell.addParagraph();
            paragraph.setAlignment(alignment);
            paragraph.setSpacingBefore(40);
            paragraph.setSpacingAfter(40);
            paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
            if (!lines.get(i).isEmpty()) {
                run(paragraph, lines.get(i), TABLE_SIZE, bold, false);
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, double size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        // POI writes run properties in the order they are set, and Word silently drops those out of the
        // schema's order (rFonts, b, i, …, sz, szCs, u): so fonts, then bold and italic, then sizes.
        // All four font slots: Word picks the east-Asian or complex-script slot for some characters,
        // and LibreOffice falls back to its own default when a slot is missing.
        run.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setFontSize(size);
        run.setComplexScriptFontSize(size);
        if (text != null) {
            run.setText(xmlSafe(text));
        }
        return run;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    /** User text may hold control characters that XML 1.0 cannot carry; they would corrupt the file. */
    private static String xmlSafe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF)
                .forEach(safe::appendCodePoint);
        return safe.toString();
    }

    private static int[] widths(List<Column> columns) {
        int total = columns.stream().mapToInt(Column::weight).sum();
        int[] widths = new int[columns.size()];
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? TEXT_WIDTH - used : TEXT_WIDTH * columns.get(i).weight() / total;
            used += widths[i];
        }
        return widths;
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int value : values) {
            total += value;
        }
        return total;
    }

    /** Millimetres to twentieths of a point (twips). */
    public static int millimetres(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }
}
