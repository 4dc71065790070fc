package io.luodi.requirements.survey;

import io.luodi.core.export.SheetWriter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * A survey's results as one Excel sheet, a row per question asked (or answered): section, code, question, type,
 * the answer as readable text (a grid as "row: column=value; …", one line per row), note, who answered and on
 * which day. Questions whose condition is not met and that have no answer are left out.
 */
final class SurveyWorkbook {

    private static final List<Integer> WIDTHS = List.of(28, 8, 50, 10, 50, 30, 14, 12);

    private SurveyWorkbook() {
    }

    static byte[] write(SurveyReport report, ExportLabels labels, ZoneId zone) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SheetWriter sheet = SheetWriter.start(workbook, sheetName(report.header().label()), labels.columns(),
                    WIDTHS);
            for (SurveyReport.Section section : report.sections()) {
                for (QuestionView q : section.questions()) {
                    if (!q.asked() && !q.answer().isAnswered()) {
                        continue;
                    }
                    AnswerView answer = q.answer();
                    sheet.row(Arrays.asList(section.title(), q.code(), q.text(), labels.type(q.type()),
                            labels.answer(q, answer.value(), "\n"), answer.note(),
                            answer.isAnswered() ? answer.updatedByName() : null,
                            answer.isAnswered() ? answer.updatedAt().atZone(zone).toLocalDate() : null));
                }
            }
            sheet.finish();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Excel refuses sheet names over 31 characters or with any of \ / ? * [ ] :. */
    static String sheetName(String label) {
        String name = label.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.substring(0, Math.min(31, name.length()));
    }
}
