package io.luodi.requirements.template;

import java.util.Locale;

/** The columns of a question list, one row per question, with their Chinese and English headers. */
public enum QuestionColumn {
    SECTION("章节", "Section", 24),
    CODE("题号", "Code", 8),
    QUESTION("题目", "Question", 60),
    TYPE("题型", "Type", 16),
    REQUIRED("必填", "Required", 8),
    OPTIONS("选项", "Options", 40),
    UNIT("单位", "Unit", 10),
    HELP("填写说明", "Help", 40),
    ASK_IF_CODE("前置题号", "Ask if question", 12),
    ASK_IF_ANSWER("前置答案", "Ask if answer", 14),
    GRID_ROWS("表格行", "Grid rows", 40),
    GRID_COLUMNS("表格列", "Grid columns", 40);

    /** Separates the items of a list inside one cell: options, grid rows, grid columns. */
    public static final String LIST_SEPARATOR = "|";

    private final String chineseHeader;
    private final String englishHeader;
    private final int width;

    QuestionColumn(String chineseHeader, String englishHeader, int width) {
        this.chineseHeader = chineseHeader;
        this.englishHeader = englishHeader;
        this.width = width;
    }

    public String header(Locale locale) {
        return locale.getLanguage().equals("zh") ? chineseHeader : englishHeader;
    }

    public int width() {
        return width;
    }

    boolean matches(String header) {
        String text = header == null ? "" : header.trim();
        return text.equals(chineseHeader) || text.equalsIgnoreCase(englishHeader);
    }

    /** The columns a question list cannot do without. */
    boolean isMandatory() {
        return this == SECTION || this == CODE || this == QUESTION || this == TYPE;
    }
}
