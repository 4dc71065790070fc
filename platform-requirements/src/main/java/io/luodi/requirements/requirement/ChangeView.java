package io.luodi.requirements.requirement;

import java.time.Instant;

/**
 * One entry of a requirement's history, for its page and the change log.
 *
 * @param oldLabel message code for the old value when the field is an enumeration or the scope flag, else null
 * @param newLabel message code for the new value, likewise
 */
public record ChangeView(long requirementId, String key, Instant changedAt, String changedBy, String changedByName,
                         RequirementField field, String oldValue, String newValue, String oldLabel, String newLabel,
                         String cause) {

    /** The message code that names a field's value in the reader's language, or null for free text. */
    public static String labelCode(RequirementField field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case PRIORITY -> "requirement.priority." + value;
            case STATUS -> "requirement.status." + value;
            case IN_SCOPE -> "requirement.scope." + value;
            default -> null;
        };
    }
}
