package io.luodi.requirements.template;

import io.luodi.core.BusinessRuleException;
import io.luodi.core.export.SheetWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Question lists as files: Excel workbooks (the first sheet) and UTF-8 tab-separated text, read into rows of
 * cell text; and a template written back as an Excel question list that reads in again unchanged.
 */
public final class QuestionListFiles {

    private QuestionListFiles() {
    }

    /** Reads a workbook's first sheet as the text each cell shows (a code typed as 1.10 stays "1.10"). */
    public static List<List<String>> readWorkbook(InputStream in) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            // POI reports a file that is not a workbook in several runtime exception types.
            throw BusinessRuleException.onField("file", "template.file.unreadable");
        }
    }

    /** Reads UTF-8 tab-separated text, with or without a byte-order mark. */
    public static List<List<String>> readTabSeparated(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw BusinessRuleException.onField("file", "template.file.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().map(line -> Arrays.asList(line.split("\t", -1))).toList();
    }

    /** Writes the template as a question list, with headers in the reader's language. */
    public static byte[] write(SurveyTemplate template, Locale locale) {
        List<String> headers = Arrays.stream(QuestionColumn.values()).map(c -> c.header(locale)).toList();
        List<Integer> widths = Arrays.stream(QuestionColumn.values()).map(QuestionColumn::width).toList();
        boolean chinese = locale.getLanguage().equals("zh");
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter sheet = SheetWriter.start(workbook, template.getName().replaceAll("[\\\\/?*\\[\\]:]", " ")
                    .substring(0, Math.min(31, template.getName().length())), headers, widths);
            for (TemplateSection section : template.getSections()) {
                for (TemplateQuestion q : section.getQuestions()) {
                    sheet.row(Arrays.asList(section.getTitle(), q.getCode(), q.getText(),
                            chinese ? q.getType().chineseName() : q.getType().name(),
                            chinese ? (q.isRequired() ? "是" : "否") : (q.isRequired() ? "yes" : "no"),
                            join(q.getOptions()), q.getUnit(), q.getHelpText(), q.getAskIfCode(),
                            q.getAskIfAnswer(), join(q.getGridRows()), join(q.getGridColumns())));
                }
            }
            sheet.finish();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String join(List<String> items) {
        return items.isEmpty() ? null : String.join(QuestionColumn.LIST_SEPARATOR, items);
    }
}
