package vn.ketnghia.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX workbook of plain tables, one per sheet: a bold heading row that stays in view when
 * scrolling, numbers as numeric cells (so they add up in Excel) grouped with {@code #,##0}.
 */
public final class Spreadsheet {

    /** How a column's values are written. */
    public enum Kind {
        TEXT,
        /** Whole đồng, grouped. */
        VND,
        /** A count (records, households, reports), grouped. */
        COUNT
    }

    /** {@code width} in characters. */
    public record Column(String header, Kind kind, int width) {
    }

    private static final String GROUPED = "#,##0";
    private static final String FONT = "Times New Roman";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Set<String> sheetNames = new HashSet<>();
    private final CellStyle heading;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle boldNumber;
    private final CellStyle boldText;

    public Spreadsheet() {
        Font plain = workbook.createFont();
        plain.setFontName(FONT);
        plain.setFontHeightInPoints((short) 12);
        Font bold = workbook.createFont();
        bold.setFontName(FONT);
        bold.setFontHeightInPoints((short) 12);
        bold.setBold(true);
        short grouped = workbook.createDataFormat().getFormat(GROUPED);

        heading = style(bold);
        heading.setAlignment(HorizontalAlignment.CENTER);
        heading.setWrapText(true);
        text = style(plain);
        text.setWrapText(true);
        boldText = style(bold);
        boldText.setWrapText(true);
        number = style(plain);
        number.setDataFormat(grouped);
        boldNumber = style(bold);
        boldNumber.setDataFormat(grouped);
    }

    /**
     * Adds a sheet. A {@link Number} in a VND or COUNT column becomes a numeric cell; anything else is
     * written as text. When {@code lastRowIsTotal} the last row is bold.
     */
    public Spreadsheet sheet(String name, List<Column> columns, List<List<Object>> rows, boolean lastRowIsTotal) {
        Sheet sheet = workbook.createSheet(uniqueName(name));
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(heading);
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            boolean bold = lastRowIsTotal && r == rows.size() - 1;
            List<Object> values = rows.get(r);
            for (int c = 0; c < columns.size(); c++) {
                Object value = c < values.size() ? values.get(c) : null;
                Cell cell = row.createCell(c);
                if (columns.get(c).kind() != Kind.TEXT && value instanceof Number amount) {
                    cell.setCellValue(amount.doubleValue());
                    cell.setCellStyle(bold ? boldNumber : number);
                } else {
                    cell.setCellValue(value == null ? "" : value.toString());
                    cell.setCellStyle(bold ? boldText : text);
                }
            }
        }
        sheet.createFreezePane(0, 1);
        if (!rows.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, columns.size() - 1));
        }
        return this;
    }

    public byte[] toBytes() {
        try (XSSFWorkbook written = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            written.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle style(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name, and no two alike (ignoring case). */
    private String uniqueName(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted);
        String candidate = safe;
        for (int n = 2; !sheetNames.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
