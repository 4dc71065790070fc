package io.luodi.requirements.survey;

import io.luodi.core.export.DocumentWriter;
import io.luodi.core.export.DocumentWriter.Fact;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A survey's results as a Word document for the customer's and the team's records: a cover with the survey's
 * particulars, one numbered chapter per section with a table of its questions and answers, and the required
 * questions still unanswered. Questions whose condition is not met and that have no answer are left out.
 */
final class SurveyDocument {

    /** "一、", "1.", "2、", "（三）" before a section title: the document numbers its headings itself. */
    private static final Pattern ENUMERATOR = Pattern.compile(
            "^\\s*(?:[一二三四五六七八九十]+[、.．]|\\d+[、.．]|[（(][一二三四五六七八九十\\d]+[)）])\\s*");
    private static final List<Integer> WIDTHS = List.of(9, 36, 35, 20);

    private SurveyDocument() {
    }

    static byte[] write(SurveyReport report, ExportLabels labels, ZoneId zone, Instant exportedAt) {
        SurveyHeader header = report.header();
        DocumentWriter document = DocumentWriter.a4().cover(labels.get("survey.export.document"),
                header.stakeholderGroup() + " · " + labels.kind(header.stakeholderKind()), List.of(
                        new Fact(labels.get("survey.date"), header.surveyDate().toString()),
                        new Fact(labels.get("survey.template"),
                                header.templateName() + " v" + header.templateVersion()),
                        new Fact(labels.get("survey.conductors"), String.join("、", header.conductorNames())),
                        new Fact(labels.get("survey.participants"), header.participants()),
                        new Fact(labels.get("survey.status"), labels.get("survey.status." + header.status())),
                        new Fact(labels.get("survey.progress"), labels.get("survey.progress.long",
                                report.progress().answered(), report.progress().required())),
                        new Fact(labels.get("survey.export.exportedAt"),
                                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(exportedAt.atZone(zone)))));
        List<String> columns = List.of(labels.get("survey.export.code"), labels.get("survey.export.question"),
                labels.get("survey.export.answer"), labels.get("survey.export.note"));
        List<QuestionView> missing = new ArrayList<>();
        for (SurveyReport.Section section : report.sections()) {
            document.heading(1, headingText(section.title()));
            List<List<String>> rows = new ArrayList<>();
            for (QuestionView q : section.questions()) {
                if (q.isMissing()) {
                    missing.add(q);
                }
                if (q.asked() || q.answer().isAnswered()) {
                    rows.add(Arrays.asList(q.code(), q.text(),
                            q.answer().isAnswered() ? labels.answer(q, q.answer().value(), "\n")
                                    : labels.get("survey.answer.none"),
                            q.answer().note()));
                }
            }
            document.table(columns, WIDTHS, rows);
        }
        document.heading(1, labels.get("survey.export.missing"));
        if (missing.isEmpty()) {
            document.note(labels.get("survey.export.missing.none"));
        } else {
            document.table(List.of(labels.get("survey.export.code"), labels.get("survey.export.question")),
                    List.of(15, 85), missing.stream().map(q -> List.of(q.code(), q.text())).toList());
        }
        return document.toBytes();
    }

    static String headingText(String sectionTitle) {
        String text = ENUMERATOR.matcher(sectionTitle).replaceFirst("");
        return text.isBlank() ? sectionTitle : text;
    }
}
