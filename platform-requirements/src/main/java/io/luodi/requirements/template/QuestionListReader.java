package io.luodi.requirements.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the rows of a question list (a header, then one row per question) into a template draft, collecting
 * every problem with its line rather than stopping at the first, so the consultant can fix the file in one go.
 */
public final class QuestionListReader {

    private static final int MAX_TEXT = 1000;
    private static final int MAX_CODE = 16;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    /** The draft, when there are no problems; the problems otherwise. */
    public record Result(TemplateDraft draft, List<DraftProblem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private QuestionListReader() {
    }

    public static Result read(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return invalid(new DraftProblem(1, "template.problem.empty"));
        }
        Map<QuestionColumn, Integer> columns = new EnumMap<>(QuestionColumn.class);
        List<String> header = rows.get(0);
        for (int i = 0; i < header.size(); i++) {
            for (QuestionColumn column : QuestionColumn.values()) {
                if (column.matches(header.get(i))) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        List<DraftProblem> problems = new ArrayList<>();
        for (QuestionColumn column : QuestionColumn.values()) {
            if (column.isMandatory() && !columns.containsKey(column)) {
                problems.add(new DraftProblem(1, "template.problem.column.missing",
                        column.header(Locale.SIMPLIFIED_CHINESE), column.header(Locale.ENGLISH)));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        List<SectionDraft> sections = new ArrayList<>();
        String sectionTitle = null;
        List<QuestionDraft> questions = new ArrayList<>();
        for (int index = 1; index < rows.size(); index++) {
            Row row = new Row(rows.get(index), columns, index + 1);
            if (row.isBlank()) {
                continue;
            }
            String title = row.text(QuestionColumn.SECTION);
            if (title == null && sectionTitle == null) {
                problems.add(new DraftProblem(row.line, "template.problem.section.missing"));
                continue;
            }
            if (title != null && !title.equals(sectionTitle)) {
                if (sectionTitle != null) {
                    sections.add(new SectionDraft(sectionTitle, questions));
                }
                sectionTitle = title;
                questions = new ArrayList<>();
            }
            QuestionDraft question = row.question(problems);
            if (question != null) {
                questions.add(question);
            }
        }
        if (sectionTitle != null) {
            sections.add(new SectionDraft(sectionTitle, questions));
        }
        TemplateDraft draft = new TemplateDraft(sections);
        problems.addAll(draft.problems());
        return problems.isEmpty() ? new Result(draft, List.of()) : new Result(null, problems);
    }

    private static Result invalid(DraftProblem problem) {
        return new Result(null, List.of(problem));
    }

    /** One row, read through the header's column positions. */
    private record Row(List<String> cells, Map<QuestionColumn, Integer> columns, int line) {

        boolean isBlank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }

        String text(QuestionColumn column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String value = cells.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        List<String> list(QuestionColumn column) {
            String value = text(column);
            return value == null ? List.of()
                    : Arrays.stream(SEPARATOR.split(value)).filter(item -> !item.isBlank()).toList();
        }

        QuestionDraft question(List<DraftProblem> problems) {
            int before = problems.size();
            String code = text(QuestionColumn.CODE);
            String text = text(QuestionColumn.QUESTION);
            String typeName = text(QuestionColumn.TYPE);
            if (code == null || code.length() > MAX_CODE) {
                problems.add(new DraftProblem(line, "template.problem.code.invalid", MAX_CODE));
            }
            if (text == null || text.length() > MAX_TEXT) {
                problems.add(new DraftProblem(line, "template.problem.text.invalid", MAX_TEXT));
            }
            QuestionType type = QuestionType.parse(typeName).orElse(null);
            if (type == null) {
                problems.add(new DraftProblem(line, "template.problem.type.unknown", typeName == null ? "" : typeName));
            }
            Boolean required = parseRequired(text(QuestionColumn.REQUIRED));
            if (required == null) {
                problems.add(new DraftProblem(line, "template.problem.required.invalid",
                        text(QuestionColumn.REQUIRED)));
            }
            String askIfCode = text(QuestionColumn.ASK_IF_CODE);
            String askIfAnswer = text(QuestionColumn.ASK_IF_ANSWER);
            if ((askIfCode == null) != (askIfAnswer == null)) {
                problems.add(new DraftProblem(line, "template.problem.condition.incomplete"));
            }
            if (problems.size() > before) {
                return null;
            }
            return new QuestionDraft(line, code, text, type, required, list(QuestionColumn.OPTIONS),
                    text(QuestionColumn.UNIT), text(QuestionColumn.HELP), askIfCode, askIfAnswer,
                    list(QuestionColumn.GRID_ROWS), list(QuestionColumn.GRID_COLUMNS));
        }

        /** Blank means optional; 是/否, Y/N, yes/no, true/false and 1/0 are understood. */
        private static Boolean parseRequired(String value) {
            if (value == null) {
                return false;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "是", "y", "yes", "true", "1", "必填" -> true;
                case "否", "n", "no", "false", "0" -> false;
                default -> null;
            };
        }
    }
}
