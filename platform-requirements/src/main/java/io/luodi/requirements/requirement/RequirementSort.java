package io.luodi.requirements.requirement;

/** How the requirement list can be ordered; priority and status sort in their natural order, not by name. */
public enum RequirementSort {
    KEY("r.number"),
    PRIORITY("array_position(ARRAY['MUST', 'SHOULD', 'COULD', 'WONT']::VARCHAR[], r.priority)"),
    STATUS("array_position(ARRAY['PROPOSED', 'ACCEPTED', 'DEFERRED', 'REJECTED']::VARCHAR[], r.status)"),
    UPDATED("r.updated_at");

    private final String expression;

    RequirementSort(String expression) {
        this.expression = expression;
    }

    String orderBy(boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return expression + direction + (this == KEY ? "" : ", r.number" + direction);
    }
}
