package io.luodi.core.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes one sheet the way every Luodi export does: a bold header row that stays frozen with filters on it,
 * column widths set, dates and date-times as real dates, and text that Excel shows as text even when it looks like a formula
 * (a title such as {@code =HYPERLINK(...)} must never run when the customer opens the file).
 */
public final class SheetWriter {

    /** Excel's column width unit is 1/256 of a character. */
    private static final int CHARACTER = 256;
    private static final int ROW_WINDOW = 200;

    private final Sheet sheet;
    private final int columns;
    private final CellStyle formulaLikeText;
    private final CellStyle date;
    private final CellStyle dateTime;
    private int nextRow = 1;

    private SheetWriter(Sheet sheet, int columns, CellStyle formulaLikeText, CellStyle date, CellStyle dateTime) {
        this.sheet = sheet;
        this.columns = columns;
        this.formulaLikeText = formulaLikeText;
        this.date = date;
        this.dateTime = dateTime;
    }

    /**
     * Starts a sheet.
     *
     * @param widths each column's width in characters (a CJK character counts as two)
     */
    public static SheetWriter start(Workbook workbook, String name, List<String> headers, List<Integer> widths) {
        Sheet sheet = workbook.createSheet(name);
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, Math.min(255, widths.get(i)) * CHARACTER);
        }
        sheet.createFreezePane(0, 1);
        CellStyle quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        return new SheetWriter(sheet, headers.size(), quoted, date, dateTime);
    }

    /**
     * A whole one-sheet workbook, streamed: only a window of rows stays in memory and the rest goes to a temporary
     * file, so an export of many thousand rows takes no more memory than one of a hundred.
     */
    public static byte[] streamedWorkbook(String sheetName, List<String> headers, List<Integer> widths,
                                          Consumer<SheetWriter> rows) {
        return streamedWorkbook(workbook -> {
            SheetWriter sheet = start(workbook, sheetName, headers, widths);
            rows.accept(sheet);
            sheet.finish();
        });
    }

    /**
     * A streamed workbook of several sheets: {@code sheets} starts each one with {@link #start} and finishes it.
     */
    public static byte[] streamedWorkbook(Consumer<Workbook> sheets) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException e) {
                // The bytes are written; a temporary file that fails to close is no reason to fail the export.
            }
        }
    }

    /** Appends a row; values may be text, numbers, booleans, dates, date-times (already in the reader's zone) or null. */
    public SheetWriter row(List<?> values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof LocalDateTime moment) {
                cell.setCellValue(moment);
                cell.setCellStyle(dateTime);
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (looksLikeAFormula(text)) {
                    cell.setCellStyle(formulaLikeText);
                }
            }
        }
        return this;
    }

    /** Puts filters over the header and every row written. */
    public void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns - 1));
    }

    /** What spreadsheet programs would take as the start of a formula (OWASP's CSV-injection list). */
    static boolean looksLikeAFormula(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
