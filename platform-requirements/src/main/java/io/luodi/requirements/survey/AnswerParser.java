package io.luodi.requirements.survey;

import io.luodi.core.BusinessRuleException;
import io.luodi.requirements.template.TemplateQuestion;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks what a consultant entered against the question's type and turns it into the stored answer. Anything that
 * is not an answer the question can have is refused with a message for the field, and nothing is stored.
 */
final class AnswerParser {

    static final int MAX_SHORT_TEXT = 2000;
    static final int MAX_LONG_TEXT = 20000;
    static final int MAX_NOTE = 4000;
    private static final int MAX_DIGITS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    private AnswerParser() {
    }

    static AnswerValue parse(TemplateQuestion question, AnswerInput input) {
        return switch (question.getType()) {
            case SHORT_TEXT -> AnswerValue.text(text(input.value(), MAX_SHORT_TEXT));
            case LONG_TEXT -> AnswerValue.text(text(input.value(), MAX_LONG_TEXT));
            case NUMBER -> AnswerValue.text(number(input.value()));
            case DATE -> AnswerValue.text(date(input.value()));
            case YES_NO -> AnswerValue.text(oneOf(input.value(), List.of(AnswerValue.YES, AnswerValue.NO)));
            case SINGLE_CHOICE, RATING -> AnswerValue.text(oneOf(input.value(), question.getOptions()));
            case MULTIPLE_CHOICE -> new AnswerValue(null, choices(input.choices(), question.getOptions()), List.of());
            case GRID -> new AnswerValue(null, List.of(), grid(input.cells(), question.getGridRows().size()
                    * question.getGridColumns().size()));
        };
    }

    static String note(String note) {
        String text = blankToNull(note);
        if (text != null && text.length() > MAX_NOTE) {
            throw BusinessRuleException.onField("note", "survey.answer.note.tooLong", MAX_NOTE);
        }
        return text;
    }

    private static String text(String value, int max) {
        String text = blankToNull(value);
        if (text != null && text.length() > max) {
            throw BusinessRuleException.onField("value", "survey.answer.text.tooLong", max);
        }
        return text;
    }

    /**
     * A number as people type it on a Chinese keyboard too: full-width digits and separators, thousands commas.
     * Stored in plain notation, so 1,200 and １２００ are both "1200".
     */
    static String number(String value) {
        String typed = blankToNull(value);
        if (typed == null) {
            return null;
        }
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replace(",", "").replace(" ", "");
        try {
            BigDecimal number = new BigDecimal(plain);
            if (number.precision() > MAX_DIGITS) {
                throw new NumberFormatException("too many digits");
            }
            return number.toPlainString();
        } catch (NumberFormatException e) {
            throw BusinessRuleException.onField("value", "survey.answer.number.invalid", typed);
        }
    }

    private static String date(String value) {
        String typed = blankToNull(value);
        if (typed == null) {
            return null;
        }
        String plain = Normalizer.normalize(typed, Normalizer.Form.NFKC).replace('/', '-').replace('.', '-');
        try {
            return LocalDate.parse(plain, DAY).toString();
        } catch (DateTimeParseException e) {
            throw BusinessRuleException.onField("value", "survey.answer.date.invalid", typed);
        }
    }

    private static String oneOf(String value, List<String> allowed) {
        String chosen = blankToNull(value);
        if (chosen != null && !allowed.contains(chosen)) {
            throw BusinessRuleException.onField("value", "survey.answer.option.unknown", chosen);
        }
        return chosen;
    }

    /** The ticked options in the template's order, each once. */
    private static List<String> choices(List<String> ticked, List<String> options) {
        for (String choice : ticked) {
            if (!options.contains(choice)) {
                throw BusinessRuleException.onField("value", "survey.answer.option.unknown", choice);
            }
        }
        return options.stream().filter(ticked::contains).toList();
    }

    private static List<String> grid(List<String> cells, int size) {
        if (cells.size() > size) {
            throw BusinessRuleException.onField("value", "survey.answer.grid.invalid");
        }
        List<String> filled = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            String cell = i < cells.size() ? cells.get(i).strip() : "";
            if (cell.length() > MAX_SHORT_TEXT) {
                throw BusinessRuleException.onField("value", "survey.answer.text.tooLong", MAX_SHORT_TEXT);
            }
            filled.add(cell);
        }
        return filled;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
