package io.luodi.requirements.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of survey question, with the Chinese names consultants use in their Excel question lists. */
public enum QuestionType {
    SHORT_TEXT("短文本"),
    LONG_TEXT("长文本"),
    SINGLE_CHOICE("单选"),
    MULTIPLE_CHOICE("多选"),
    YES_NO("是否"),
    NUMBER("数字"),
    DATE("日期"),
    RATING("评分"),
    GRID("表格");

    private final String chineseName;

    QuestionType(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Choice-like questions need a list of options (for a rating: the scale's labels, low to high). */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == RATING;
    }

    /** Reads a type as written in a question list: the Chinese name or the constant, in any case. */
    public static Optional<QuestionType> parse(String written) {
        String text = written == null ? "" : written.trim();
        return Arrays.stream(values())
                .filter(t -> t.chineseName.equals(text) || t.name().equals(text.toUpperCase(Locale.ROOT)))
                .findFirst();
    }
}
