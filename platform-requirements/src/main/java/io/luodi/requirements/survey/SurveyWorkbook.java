package io.luodi.requirements.survey;

import io.luodi.core.export.SheetWriter;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Survey results as one Excel sheet, a row per question asked (or answered): section, code, question, type,
 * the answer as readable text (a grid as "row: column=value; …", one line per row), note, who answered and on
 * which day. Questions whose condition is not met and that have no answer are left out. A sheet of several
 * surveys (a project's answers) starts each row with the survey it belongs to. Rows stream to disk, so a
 * project's thousands of answers take no more memory than a few.
 */
final class SurveyWorkbook {

    private static final List<Integer> WIDTHS = List.of(28, 8, 50, 10, 50, 30, 14, 12);
    private static final int SURVEY_WIDTH = 24;

    private SurveyWorkbook() {
    }

    static byte[] write(SurveyReport report, ExportLabels labels, ZoneId zone) {
        return write(List.of(report), sheetName(report.header().label()), false, labels, zone);
    }

    static byte[] writeAll(List<SurveyReport> reports, String sheetName, ExportLabels labels, ZoneId zone) {
        return write(reports, sheetName(sheetName), true, labels, zone);
    }

    private static byte[] write(List<SurveyReport> reports, String sheetName, boolean surveyColumn,
                                ExportLabels labels, ZoneId zone) {
        List<String> headers = new ArrayList<>(labels.columns());
        List<Integer> widths = new ArrayList<>(WIDTHS);
        if (surveyColumn) {
            headers.add(0, labels.get("survey.export.survey"));
            widths.add(0, SURVEY_WIDTH);
        }
        return SheetWriter.streamedWorkbook(sheetName, headers, widths, sheet -> {
            for (SurveyReport report : reports) {
                for (SurveyReport.Section section : report.sections()) {
                    for (QuestionView q : section.questions()) {
                        if (!q.asked() && !q.answer().isAnswered()) {
                            continue;
                        }
                        AnswerView answer = q.answer();
                        List<Object> row = new ArrayList<>(Arrays.asList(section.title(), q.code(), q.text(),
                                labels.type(q.type()), labels.answer(q, answer.value(), "\n"), answer.note(),
                                answer.isAnswered() ? answer.updatedByName() : null,
                                answer.isAnswered() ? answer.updatedAt().atZone(zone).toLocalDate() : null));
                        if (surveyColumn) {
                            row.add(0, report.header().label());
                        }
                        sheet.row(row);
                    }
                }
            }
        });
    }

    /** Excel refuses sheet names over 31 characters or with any of \ / ? * [ ] :. */
    static String sheetName(String label) {
        String name = label.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return name.substring(0, Math.min(31, name.length()));
    }
}
