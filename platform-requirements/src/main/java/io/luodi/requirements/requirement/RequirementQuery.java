package io.luodi.requirements.requirement;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the requirement list shows: filters (null matches everything), free text over key, title and description,
 * the order and the page.
 */
public record RequirementQuery(RequirementStatus status, Priority priority, Boolean inScope, String category,
                               String text, RequirementSort sort, boolean descending, int page, int size) {

    public static final int MAX_PAGE_SIZE = 200;
    private static final Pattern KEY = Pattern.compile("(?i)^(?:REQ-?)?0*(\\d{1,7})$");

    public RequirementQuery {
        category = category == null || category.isBlank() ? null : category.strip();
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? RequirementSort.KEY : sort;
        page = Math.max(page, 0);
        size = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
    }

    /** Everything, in key order: what an export without filters contains. */
    public static RequirementQuery all() {
        return new RequirementQuery(null, null, null, null, null, RequirementSort.KEY, false, 0, MAX_PAGE_SIZE);
    }

    /** The number a search such as "REQ-012", "req12" or "12" names, if it names one. */
    Integer keyNumber() {
        if (text == null) {
            return null;
        }
        Matcher matcher = KEY.matcher(text);
        return matcher.matches() && !matcher.group(1).isEmpty() ? Integer.valueOf(matcher.group(1)) : null;
    }

    /** The text as a LIKE pattern that matches it anywhere, with LIKE's own characters taken literally. */
    String likePattern() {
        return text == null ? null
                : "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
