package io.luodi.web.benchmark;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The baseline: the same cells written with the least POI can do — no styles, fonts, widths or headings. */
final class PlainPoi {

    private PlainPoi() {
    }

    static byte[] workbook(List<List<List<String>>> sheets) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<List<String>> rows : sheets) {
                Sheet sheet = workbook.createSheet();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> values = rows.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        row.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] document(List<List<String>> rows) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow row = table.getRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.getCell(c).setText(values.get(c));
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
