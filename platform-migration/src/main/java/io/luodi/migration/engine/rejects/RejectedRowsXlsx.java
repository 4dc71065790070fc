package io.luodi.migration.engine.rejects;

import io.luodi.core.export.SheetWriter;
import io.luodi.migration.engine.process.Rejection;
import io.luodi.migration.engine.text.Texts;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/**
 * Rejected rows as an Excel workbook, streamed (SXSSF keeps a window of rows in memory, the rest in a temporary
 * file) with core's {@link SheetWriter}: bold frozen header, filters, formula-like values shown as text. A sheet
 * holds at most 1,048,576 rows; beyond that the rows continue on a next sheet.
 */
public final class RejectedRowsXlsx implements RejectedRowsWriter {

    private static final int ROWS_PER_SHEET = 1_000_000;
    private static final List<Integer> WIDTHS = List.of(10, 16, 30, 18, 40);

    private final OutputStream out;
    private final Texts texts;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private SheetWriter sheet;
    private int rowsInSheet;
    private int sheets;

    public RejectedRowsXlsx(OutputStream out, Texts texts) {
        this.out = out;
        this.texts = texts;
        workbook.setCompressTempFiles(true);
        nextSheet();
    }

    @Override
    public void write(Rejection rejection) {
        if (rowsInSheet == ROWS_PER_SHEET) {
            sheet.finish();
            nextSheet();
        }
        sheet.row(Arrays.asList(rejection.line(), rejection.column(), rejection.value(), rejection.reason(),
                texts.reason(rejection.reason())));
        rowsInSheet++;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            sheet.finish();
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private void nextSheet() {
        sheets++;
        String name = texts.get("migration.rejects.sheet") + (sheets == 1 ? "" : " " + sheets);
        sheet = SheetWriter.start(workbook, name, RejectedRowsWriter.headers(texts), WIDTHS);
        rowsInSheet = 0;
    }
}
